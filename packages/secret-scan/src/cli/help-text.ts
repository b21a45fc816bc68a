/** `--help`: every flag, with examples. Kept beside the parser so that the two change together. */
export const HELP_TEXT = `optimocms-scan: find OptimoCMS API keys before they land in git.

Usage
  optimocms-scan [options] [paths…]            scan files (default: .)
  optimocms-scan --staged [options] [paths…]   scan what the next commit records
  optimocms-scan --history [range] [options] [-- paths…]
                                               scan lines added by commits
  optimocms-scan --bundle [options] [dirs…]    scan client build output (what browsers get)
  optimocms-scan --pack [options] [packages…]  scan what npm pack would publish

Sources
  [paths…]              Files and folders to scan (default "."). Inside a git work tree:
                        tracked files plus untracked files git does not ignore
                        (git ls-files -co --exclude-standard). Elsewhere: a walk that honours
                        .gitignore files. .git and node_modules are never scanned; hidden
                        files (.env*, .github/, .vscode/) are.
  --staged              Scan the staged content of added, copied and modified files as stored
                        in the git index (not the working tree). Paths limit it to those files.
  --history [range]     Scan lines added by the commits in range (any git revision range,
                        e.g. HEAD~10..HEAD, main..feature; default: every commit of every ref).
                        Findings carry the commit and its author date.
  --bundle [dirs…]      Scan client build output for keys (key-in-bundle) and for the exact values of
                        the project's key variables from .env, .env.* (env-value-in-bundle; values of
                        8+ characters, never printed). Default dirs: the framework's client output
                        (.next/static and prerendered pages, dist/, build/client, .svelte-kit/output/
                        client and prerendered, .output/public, public/ …). Findings are traced
                        through source maps to the original file; nothing to scan exits 2.
  --env-from-process    With --bundle: also take key values from the environment (CI secrets).
  --pack [packages…]    Scan the files npm pack would publish (npm pack --dry-run) from each public
                        workspace package, or the folders named: keys and dotenv files (key-in-package).
                        The config's path allowlist does not apply: a fixture may be in git, not in a package.
  --no-ignore           Also scan files that .gitignore excludes, and node_modules (never .git).
  --follow-symlinks     Read files and folders behind symbolic links (loops are not followed).
                        By default a symlink is counted as skipped: git records only its target.
  --max-file-size SIZE  Skip (and count) larger files. Default 10MB (256MB with --bundle, --pack).
                        Accepts 512k, 10MB, 1GiB, bytes.
  -j, --jobs N          Threads to scan with (default: one per core for runs over 500 files); -j1 works too.

Reports
  -f, --format FORMAT   text (default), json or sarif (SARIF 2.1.0, for GitHub code scanning);
                        markdown for --inventory (an incident ticket).
  -o, --output FILE     Write the report to FILE (atomically) instead of stdout; - is stdout.

Rules across files (file scans and --staged)
  key-reused-across-environments
                        The same key in places of different environments: .env.development /
                        .env.test / .env.staging / .env.production, GitHub Actions and GitLab CI jobs
                        (their environment: or name), compose override files, netlify.toml
                        [context.*], vercel.json targets, test files, fixtures, Storybook. One
                        finding per place of another environment, naming the first place.
  environment-mismatch  A live key in a development or test place (tests touch production data
                        and cost money), a sandbox key in a production place (publishing is a
                        dry-run). --staged compares the staged files with the dotenv, compose, CI,
                        netlify.toml and vercel.json files of the index.

Suppression (after placeholders and inline allow comments)
  Inline                optimocms-scan-allow, gitleaks:allow or "pragma: allowlist secret"
                        covers the findings on its own line within 1,000 characters of it
                        (a whole hand-written line; in a minified one, its neighbours only;
                        lines end at LF, CRLF, CR, U+2028, U+2029). Say why after a colon:
                        // optimocms-scan-allow: test fixture (SARIF shows it as the justification).
  --require-reason      A marker without a reason that hides a finding is a finding itself
                        (inline-allow-without-reason).
  --no-inline-allow     Ignore every inline marker (for CI that trusts no annotation).
  -c, --config FILE     Allowlist config. Default: .optimocms-scan.json at the repository root,
                        else the "optimocms-scan" field of its package.json:
                        { "allowlist": { "paths": ["fixtures/**"], "fingerprints": ["live-key:a.ts:0123…"] } }
  --baseline FILE       Ignore the findings FILE lists (a file written by --write-baseline, or a
                        --format json report). Matching is by fingerprint: rule, file and a hash
                        of the secret, no line number, so moved lines stay suppressed.
  --write-baseline FILE Record the current findings (fingerprints and locations, never secrets)
                        in FILE and exit 0.

Keys (opt-in)
  --inventory           With --history: one row per distinct key ever committed (by hash, never
                        the key): environment, first and last commit, still in HEAD, exposure
                        (pushed: on a remote-tracking branch or tag, revoke now; local: rewrite
                        those commits, then rotate) and age against quarterly rotation (over 90
                        days: overdue). With --staged: whether a staged key is already pushed.
                        Exit 1 when any key needs action.
  --verify              Ask the OptimoCMS API whether each distinct key works: one GET /v1/sites
                        per key, the key only in X-Api-Key. active (tier; missing scope) fails the
                        run even when an ignore covers it; invalid (401) is a note; else unknown.
                        The only network use; never by default. OPTIMOCMS_API_URL overrides the
                        host (https, or http on 127.0.0.1 / [::1]); OPTIMOCMS_VERIFY_TIMEOUT_MS
                        (per request, default 10000) and OPTIMOCMS_VERIFY_BUDGET_MS (whole run,
                        default 60000) bound it.

Other
  -h, --help            Show this help.
  --version             Print the version.

Exit codes
  0  no findings    1  findings    2  usage or runtime error (bad flag, bad config, git missing,
                                      unreadable file)

Examples
  optimocms-scan                                   # the repository or folder you are in
  optimocms-scan src config/.env.production
  optimocms-scan --staged                          # in .git/hooks/pre-commit
  optimocms-scan --history origin/main..HEAD       # the commits of a pull request
  optimocms-scan --format sarif --output optimocms.sarif
  optimocms-scan --bundle                          # after the build: the framework's client output
  optimocms-scan --bundle dist --env-from-process --format sarif --output bundle.sarif
  optimocms-scan --pack                            # before publishing (prepublishOnly)
  optimocms-scan --write-baseline .optimocms-baseline.json
  optimocms-scan --baseline .optimocms-baseline.json
  optimocms-scan --require-reason --format sarif -o optimocms.sarif
  optimocms-scan --history --inventory --format markdown -o keys.md   # for the incident ticket
  optimocms-scan --history --verify                # which committed keys still work
  NO_COLOR=1 optimocms-scan --format text

Colour is used only on a TTY; NO_COLOR turns it off, FORCE_COLOR on.
`;

export const USAGE_HINT = "run 'optimocms-scan --help' for usage";
