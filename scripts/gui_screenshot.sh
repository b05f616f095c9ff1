#!/bin/sh
# Takes docs/img/desktop_app.png again: the desktop app with the sample project under Xvfb,
# grabbed by its Qt Test once the map is drawn. Run after building (build/test_gui).
set -eu
cd "$(dirname "$0")/.."
RA_GUI_SCREENSHOT="$PWD/docs/img/desktop_app.png" LC_ALL=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb build/test_gui screenshot_when_asked
