#!/bin/sh
# Remove what packaging/linux/install.sh installed for the current user, and nothing else.
#
#   packaging/linux/uninstall.sh
#
# Removed: ~/.local/opt/frikommune (the program), the ~/.local/bin/frikommune link (only if it
# points there), the menu entry, the icons and the .fkdb MIME type.
# Never touched: network files (*.fkdb, *.fkdb.lock, *.fkdb.lock-log) wherever they are, even
# one saved inside the program folder by mistake (it is kept, and named); the user's data
# folder ~/.local/share/Frikommune Desktop (backups, recovery, logs) and settings
# (~/.config/Frikommune). Delete those by hand if they are no longer wanted.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt_dir=$HOME/.local/opt/frikommune
link=$HOME/.local/bin/frikommune
app_file=$data_home/applications/frikommune.desktop
icon_dir=$data_home/icons/hicolor
mime_file=$data_home/mime/packages/frikommune-mime.xml
sizes="16 24 32 48 64 128 256 512"

if [ -L "$link" ] && [ "$(readlink "$link")" = "$opt_dir/frikommune" ]; then
    rm -f "$link"
fi

if [ -d "$opt_dir" ]; then
    # Delete the program's files one by one, never a network file, then the empty folders.
    find "$opt_dir" \( -type f -o -type l \) ! -name '*.fkdb' ! -name '*.fkdb.*' -exec rm -f {} +
    find "$opt_dir" -depth -type d -empty -exec rmdir {} +
    if [ -d "$opt_dir" ]; then
        echo "uninstall.sh: kept these files in $opt_dir (network files are never deleted):" >&2
        find "$opt_dir" -type f >&2
    fi
fi

rm -f "$app_file"
for size in $sizes; do
    rm -f "$icon_dir/${size}x${size}/apps/frikommune.png"
done
rm -f "$icon_dir/scalable/apps/frikommune.svg"

if [ -f "$mime_file" ]; then
    rm -f "$mime_file"
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data_home/mime"
    fi
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$icon_dir" ]; then
    gtk-update-icon-cache --force --ignore-theme-index --quiet "$icon_dir" || true
fi

echo "Frikommune Desktop is removed. Network files and $data_home/Frikommune Desktop are untouched."
