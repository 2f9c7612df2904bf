#!/bin/sh
# Install Frikommune Desktop for the current user (no root): the PyInstaller bundle, a
# `frikommune` command, the menu entry, the icon and the .fkdb file type.
#
#   packaging/linux/install.sh [BUNDLE]
#
# BUNDLE is the one-folder bundle (a folder holding the `frikommune` executable) or its
# .tar.gz from `packaging/build_linux.py --archive`; by default build/dist/frikommune of this
# repository, or ./frikommune beside this script. It goes to:
#   ~/.local/opt/frikommune/                        the program (replaced on every install)
#   ~/.local/bin/frikommune                         symbolic link to it
#   ~/.local/share/applications/frikommune.desktop  menu entry; opens double-clicked .fkdb
#   ~/.local/share/icons/hicolor/SIZE/apps/frikommune.png (and scalable/apps/frikommune.svg)
#   ~/.local/share/mime/packages/frikommune-mime.xml     the .fkdb type (*.fkdb)
# (XDG_DATA_HOME replaces ~/.local/share when set.) packaging/linux/uninstall.sh undoes it.
# Network files (*.fkdb) and the user's data folder (~/.local/share/Frikommune Desktop:
# backups, recovery, logs) are neither touched here nor by the uninstaller.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
opt_dir=$HOME/.local/opt/frikommune
bin_dir=$HOME/.local/bin
app_dir=$data_home/applications
icon_dir=$data_home/icons/hicolor
sizes="16 24 32 48 64 128 256 512"

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

source=${1:-}
if [ -z "$source" ]; then
    for candidate in "$here/frikommune" "$here/../../build/dist/frikommune"; do
        if [ -x "$candidate/frikommune" ]; then
            source=$candidate
            break
        fi
    done
    [ -n "$source" ] || fail "no bundle found; build it (python3 packaging/build_linux.py) or name it"
fi

staging=$(mktemp -d "${TMPDIR:-/tmp}/frikommune-install.XXXXXX")
trap 'rm -rf "$staging"' EXIT
case "$source" in
    *.tar.gz | *.tgz)
        tar -xzf "$source" -C "$staging"
        bundle=$(find "$staging" -maxdepth 2 -type f -name frikommune -perm -u+x | head -n 1)
        [ -n "$bundle" ] || fail "$source holds no frikommune executable"
        bundle=$(dirname "$bundle")
        ;;
    *)
        [ -x "$source/frikommune" ] || fail "$source is not a bundle (no executable frikommune in it)"
        bundle=$source
        ;;
esac
resources=$bundle/_internal/resources
[ -f "$resources/icons/frikommune-256.png" ] || fail "$bundle has no resources/icons"

# Where the menu entry and the MIME type come from: this folder (repository or archive).
desktop_src=$here/frikommune.desktop
mime_src=$here/frikommune-mime.xml
[ -f "$desktop_src" ] && [ -f "$mime_src" ] || fail "frikommune.desktop and frikommune-mime.xml must be beside install.sh"

# The program: copied next to the old one, then swapped in, so a failed copy leaves it intact.
mkdir -p "$(dirname "$opt_dir")" "$bin_dir" "$app_dir"
rm -rf "$opt_dir.new"
cp -a "$bundle" "$opt_dir.new"
if [ -e "$opt_dir" ]; then
    rm -rf "$opt_dir.old"
    mv "$opt_dir" "$opt_dir.old"
fi
mv "$opt_dir.new" "$opt_dir"
rm -rf "$opt_dir.old"
ln -sfn "$opt_dir/frikommune" "$bin_dir/frikommune"

# The menu entry, with the program's absolute path (~/.local/bin is not on every PATH).
# Inside the quotes the Desktop Entry spec wants \ " ` $ escaped with a backslash, and the
# value's own escaping doubles that backslash.
exec_path=$(printf '%s' "$opt_dir/frikommune" | sed 's/[\\"`$]/\\\\&/g')
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        "Exec=frikommune "*) printf 'Exec="%s" %s\n' "$exec_path" "${line#Exec=frikommune }" ;;
        "TryExec=frikommune") printf 'TryExec=%s\n' "$opt_dir/frikommune" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$desktop_src" > "$app_dir/frikommune.desktop"
chmod 644 "$app_dir/frikommune.desktop"

for size in $sizes; do
    mkdir -p "$icon_dir/${size}x${size}/apps"
    cp "$resources/icons/frikommune-$size.png" "$icon_dir/${size}x${size}/apps/frikommune.png"
done
mkdir -p "$icon_dir/scalable/apps"
cp "$resources/icons/frikommune.svg" "$icon_dir/scalable/apps/frikommune.svg"
touch "$icon_dir"

if command -v xdg-mime >/dev/null 2>&1; then
    XDG_DATA_HOME=$data_home xdg-mime install --mode user --novendor "$mime_src" \
        || fail "xdg-mime could not install the .fkdb type"
else
    mkdir -p "$data_home/mime/packages"
    cp "$mime_src" "$data_home/mime/packages/frikommune-mime.xml"
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$data_home/mime"
    else
        echo "install.sh: update-mime-database not found: .fkdb is known after the next login" >&2
    fi
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$app_dir" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache --force --ignore-theme-index --quiet "$icon_dir" || true
fi

echo "Frikommune Desktop $("$opt_dir/frikommune" --version | cut -d' ' -f2) is installed in $opt_dir"
case ":$PATH:" in
    *":$bin_dir:"*) ;;
    *) echo "Note: $bin_dir is not on PATH; the menu entry works anyway." ;;
esac
