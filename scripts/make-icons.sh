#!/usr/bin/env bash
# Redraws public/icon/<size>.png (a magnifying lens with a check mark) with ImageMagick 6 (`apt-get install
# imagemagick`). The PNGs are committed: building the extension does not need this script.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
convert -size 512x512 xc:none \
  -fill white -stroke none -draw "circle 215,215 215,80" \
  -fill none -stroke '#0b57d0' -strokewidth 48 -draw "circle 215,215 215,70" \
  -stroke '#0b57d0' -strokewidth 76 -draw "line 330,330 450,450" \
  -fill none -stroke '#1e8e3e' -strokewidth 44 -draw "polyline 140,220 195,275 295,160" \
  "$tmp/icon512.png"
mkdir -p public/icon
for size in 16 32 48 96 128; do
  convert "$tmp/icon512.png" -resize "${size}x${size}" -strip "public/icon/$size.png"
done
