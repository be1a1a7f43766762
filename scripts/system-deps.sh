#!/usr/bin/env bash
# Install the Debian/Ubuntu packages hireplan needs that pip cannot provide.
#   system-deps.sh run    Qt's runtime libraries (offscreen and a real X11 window) and a CJK font
#   system-deps.sh test   the above plus the independent checkers the tests use on exports and desktop files
#   system-deps.sh icons  rsvg-convert and ImageMagick, to render the icon PNGs (scripts/render_icons.sh)
# As root it installs what is missing with apt; otherwise it prints the exact command to run.
set -euo pipefail

mode=${1:-run}
pkgs=(
  # Qt offscreen platform
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-6 libxcb1
  # Qt xcb platform (a real window, also under Xvfb)
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxcb-shm0 libxcb-util1 libxkbcommon-x11-0 libx11-xcb1
  # so Qt draws Chinese names and cities instead of boxes
  fonts-wqy-microhei
)
if [[ $mode == icons ]]; then
  pkgs=(librsvg2-bin imagemagick)
fi
if [[ $mode == test ]]; then
  # tools nobody here wrote, used to check the PDF and the workbook the way a user's software reads them
  pkgs+=(qpdf poppler-utils libreoffice-calc-nogui)
  # the freedesktop checkers for the launcher, metainfo and .hireplan file type (gio: xdg-mime's GNOME path)
  pkgs+=(desktop-file-utils appstream shared-mime-info xdg-utils libglib2.0-bin)
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
(( ${#missing[@]} == 0 )) && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  echo "system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends ${missing[*]} >/dev/null
else
  echo "system-deps: these system packages are missing; run as root:" >&2
  echo "  sudo apt-get update && sudo $cmd" >&2
  exit 1
fi
