#!/usr/bin/env bash
# Render the app icon's PNGs from its SVGs (run after editing an SVG; the PNGs are committed).
#   16 and 24 px come from hireplan-small.svg (bolder shapes that survive so few pixels),
#   32 to 512 px from hireplan.svg. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
icons=$(cd "$(dirname "$0")/../resources/icons" && pwd)
for size in 16 24 32 48 64 128 256 512; do
  source=$icons/hireplan.svg
  (( size <= 24 )) && source=$icons/hireplan-small.svg
  out=$icons/hicolor/${size}x${size}/apps
  mkdir -p "$out"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$source" --output "$out/hireplan.png"
done
echo "rendered $(find "$icons/hicolor" -name 'hireplan.png' | wc -l) PNGs under $icons/hicolor"

# Windows (.ico, used by PyInstaller's exe) from the PNGs up to 256 px.
convert "$icons"/hicolor/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/apps/hireplan.png "$icons/hireplan.ico"
# macOS (.icns, used by PyInstaller's .app): PNG payloads under their ICNS type codes.
python3 - "$icons" <<'PY'
import struct, sys
from pathlib import Path
icons = Path(sys.argv[1])
types = {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512}
body = b""
for code, size in types.items():
    data = (icons / "hicolor" / f"{size}x{size}" / "apps" / "hireplan.png").read_bytes()
    body += code.encode("ascii") + struct.pack(">I", len(data) + 8) + data
(icons / "hireplan.icns").write_bytes(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "wrote $icons/hireplan.ico and $icons/hireplan.icns"
