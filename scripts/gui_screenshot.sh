#!/bin/sh
# Takes docs/img/desktop_app.png (English) and docs/img/desktop_app_zh.png (Chinese) again: the
# desktop app with the sample project under Xvfb, grabbed by its Qt Test once the map is drawn.
# Run after building (build/test_gui).
set -eu
cd "$(dirname "$0")/.."
shot() {
  RA_GUI_SCREENSHOT="$PWD/docs/img/$1" LC_ALL="$2" LANG="$2" \
    xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb build/test_gui screenshot_when_asked
}
shot desktop_app.png C.UTF-8
shot desktop_app_zh.png zh_CN.UTF-8
