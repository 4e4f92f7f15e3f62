# Debian packages renkei needs, shared by tools/setup.sh and tools/test.sh.
# Sourced, not run. `install_missing PKG...` installs only what is absent, so a
# machine that already has everything does not touch the network.
BUILD_PACKAGES="g++ cmake ninja-build pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libcpp-httplib-dev
  libyaml-cpp-dev libyaml-dev libxlsxwriter-dev catch2 libkainjow-mustache-dev libicu-dev libqrencode-dev libxxhash-dev
  libsimdjson-dev libgoogle-perftools-dev"
TEST_PACKAGES="clang-14 libclang-rt-14-dev clang-tidy cppcheck chromium fonts-noto-cjk fonts-morisawa-bizud-gothic fonts-morisawa-bizud-mincho
  default-jre-headless libreoffice-calc python3-openpyxl poppler-utils strace"

install_missing() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Node.js and npm often come from outside Debian (the base image has Node 20 and
# npm 11, which conflict with Debian's npm package): install them only if absent.
install_node_if_missing() {
  command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1 && return 0
  install_missing nodejs npm
}
