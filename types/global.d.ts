/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.less';
declare module '*.scss';
declare module '*.sass';
declare module '*.styl';

declare namespace NodeJS {
  interface ProcessEnv {
    /** NODE 内置环境变量, 会影响到最终构建生成产物 */
    NODE_ENV: 'development' | 'production',
    /** 当前构建的平台 */
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /**
     * 当前构建的小程序 appid
     * @description 若不同环境有不同的小程序，可通过在 env 文件中配置环境变量`TARO_APP_ID`来方便快速切换 appid， 而不必手动去修改 dist/project.config.json 文件
     * @see https://taro-docs.jd.com/docs/next/env-mode-config#特殊环境变量-taro_app_id
     */
    TARO_APP_ID: string
  }
}



declare namespace NodeJS {
  interface ProcessEnv {
    /** Host demo: Tencent Chat SDKAppID; empty runs the embedded demo desk. */
    TARO_APP_SDKAPPID?: string
    TARO_APP_USERID?: string
    /** Development only: in production the userSig comes from your server. */
    TARO_APP_USERSIG?: string
    /** HTTPS endpoint issuing userSigs: GET ?userID= → { SDKAppID, userID, userSig, expireAt? }. */
    TARO_APP_USERSIG_URL?: string
    TARO_APP_NICKNAME?: string
    TARO_APP_AVATAR?: string
    /** 微信客服 (open-type="contact"): extra 微上客 profile fields. */
    TARO_APP_CONTACT_PHONE?: string
    TARO_APP_CONTACT_EMAIL?: string
    TARO_APP_CONTACT_REMARK?: string
    /** 企业微信客服: corp ID and the https://work.weixin.qq.com/kfid/… link. */
    TARO_APP_WECOM_CORPID?: string
    TARO_APP_WECOM_URL?: string
  }
}
