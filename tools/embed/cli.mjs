#!/usr/bin/env node
// Embeds the customer-service chat into an existing Taro 4 React project:
//   npm run embed -- --target ../my-app [--root customer-service] [--dry-run] [--force]
// Exit codes: 0 embedded or already embedded, 1 refused (nothing written), 2 bad arguments.
import { realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { EmbedError } from './errors.mjs'
import { manualSteps } from './manual.mjs'
import { applyPlan, planEmbed } from './plan.mjs'
import { gitChanges } from './target.mjs'

const USAGE = 'usage: npm run embed -- --target <taro-app> [--root customer-service] [--dry-run] [--force]'

/** Runs the embed; returns the exit code. `out` receives every line printed (tests pass their own). */
export function main(argv, out = console) {
  let args
  try {
    args = parseArgs({
      args: argv,
      options: { target: { type: 'string' }, root: { type: 'string' }, 'dry-run': { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean' } }
    }).values
  } catch (err) {
    out.error(`${err.message}\n${USAGE}`)
    return 2
  }
  if (args.help) return out.log(USAGE), 0
  if (!args.target) return out.error(USAGE), 2
  try {
    // `npm run` starts scripts in this repo's root: a relative --target means relative to where npm was called.
    const plan = planEmbed({ target: path.resolve(process.env.INIT_CWD || process.cwd(), args.target), root: args.root })
    const { target } = plan
    out.log(`Customer-service chat → ${target.dir} (Taro ${target.taro}, React ${target.react}, ${target.lang === 'ts' ? 'TypeScript' : 'JavaScript'}), root "${plan.root}"`)
    for (const kept of plan.kept) out.log(`  keeps the target's ${kept}`)
    if (!plan.steps.length) {
      out.log('Already embedded: nothing to change.')
    } else {
      const changes = gitChanges(target.dir)
      if (changes === null) out.log('  (not a git repository: the changes below cannot be reviewed with git diff)')
      if (changes && changes.length && !args.force && !args['dry-run']) {
        throw new EmbedError(`Target has uncommitted changes (${changes.slice(0, 3).join(', ')}${changes.length > 3 ? ', …' : ''}). Commit or stash them, or pass --force.`)
      }
      for (const step of plan.steps) out.log(`  • ${step.title}`)
      if (args['dry-run']) {
        out.log('Dry run: nothing written.')
      } else {
        applyPlan(plan)
        out.log('Done.')
      }
    }
    out.log('\nStill to do by hand:')
    manualSteps(plan).forEach((s, i) => out.log(`${i + 1}. ${s}`))
    return 0
  } catch (err) {
    if (!(err instanceof EmbedError)) throw err
    out.error(`embed refused: ${err.message}`)
    return 1
  }
}

// Run as a script (node, npm run, npx through the bin link), not when imported by the tests.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2))
}
