#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through playwright-core (Playwright's own browser
# download cannot reach its host here). Installs it when /usr/bin/chromium is missing; needs root
# or sudo. CHROMIUM_PATH points the tests at another Chromium instead.
# Also installs certutil (libnss3-tools): Chromium on Linux trusts the development CA only through
# the user's NSS database, and test/hardening/dev-certificates.test.ts checks that path for real.
set -euo pipefail
packages=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium); fi
if ! command -v certutil > /dev/null; then packages+=(libnss3-tools); fi
if [ ${#packages[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" > /dev/null
