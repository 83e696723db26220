#!/usr/bin/env bash
# Runs the browser tests as on a machine without a browser: in a private mount namespace (root and
# util-linux `unshare`), /usr/bin/chromium and the system's NSS and expat libraries are replaced by
# /dev/null, so only the Chromium packaged in @sparticuz/chromium with its own libraries can run.
# Nothing outside this process tree sees the change. Arguments go to run.js (a test name filter).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec unshare -m --propagation private bash -c '
  set -e
  libs=/usr/lib/x86_64-linux-gnu
  for f in /usr/bin/chromium $libs/libnss3.so $libs/libnssutil3.so $libs/libnspr4.so \
           $libs/libplc4.so $libs/libplds4.so $(readlink -f $libs/libexpat.so.1 2>/dev/null); do
    if [ -e "$f" ]; then mount --bind /dev/null "$f"; fi
  done
  unset CHROMIUM_PATH CHROME_PATH E2E_BROWSER
  exec node test/e2e/run.js "$@"
' bare-machine "$@"
