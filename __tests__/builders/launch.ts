import type { LaunchParams } from '../../src/customer-service/launch/types'

/** Launch params for tests: demo mode, zh, one default account; override what matters. */
export function launchParamsFor(overrides: Partial<LaunchParams> = {}): LaunchParams {
  return {
    mode: 'demo',
    userID: 'u_test',
    toolbarButtonList: [],
    customerServiceIDList: ['@customer_service_account'],
    customerServiceID: '@customer_service_account',
    language: 'zh',
    enableFeedback: false,
    enableAINote: true,
    ...overrides
  }
}
