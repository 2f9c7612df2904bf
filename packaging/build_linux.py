#!/usr/bin/env python3
"""Build the Linux one-folder bundle with PyInstaller and smoke-test the frozen program.

Usage (from anywhere; Python 3.11+ built with a shared libpython, as Debian's and pyenv's are):

    python3 packaging/build_linux.py                 build, then smoke-test
    python3 packaging/build_linux.py --venv .venv    build with an existing venv (gets the
                                                     `package` extra installed into it)
    python3 packaging/build_linux.py --smoke-only    smoke-test build/dist/frikommune as it is
    python3 packaging/build_linux.py --archive       also write build/dist/frikommune-<version>-
                                                     linux-<machine>.tar.gz: the bundle with
                                                     install.sh, uninstall.sh and the .desktop
                                                     and MIME files, for IT

Needs binutils (objdump, strip: PyInstaller reads and strips the libraries with them) and,
for the offscreen window, what `./dev test` needs (fonts-dejavu-core libegl1 libgl1
libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3).

Steps: a throw-away build venv build/package-venv (made again when pyproject.toml changes)
with `pip install -e '.[package]'`; the forms, translation and icon currency checks (a bundle
must not ship stale files); `pyinstaller packaging/frikommune.spec` into build/dist and
build/pyinstaller; then the smoke test of build/dist/frikommune/frikommune in a temporary
folder, with its own data and settings folders so nothing of the user's is touched:

  --version               prints "frikommune <package version>"
  FRIKOMMUNE_SELFTEST=1   data files, both Danish translations, icon, Qt plugins are found
  demo X.fkdb / check     write the demo network; check exits 0
  template / import       write a municipality's prefilled spreadsheet (openpyxl), read it
                          back with --dry-run (defusedxml): nothing changes
  export                  the round's PDFs, Word and Excel files (reportlab, python-docx)
  open --screenshot DIR   QT_QPA_PLATFORM=offscreen: exits 0 and writes the views as PNGs,
                          each > 10 kB and not of one colour
  open (no file)          the menu entry's start: the window stays up (no usage error)

It prints the bundle size, the frozen start times (--version; the window until its first
screenshot), the same for the unfrozen program in the build venv, and exits 1 on any
failure with the command, its exit code and its output.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "frikommune.spec"
BUILD = ROOT / "build"
DIST = BUILD / "dist"
WORK = BUILD / "pyinstaller"
BUNDLE = DIST / "frikommune"
DEFAULT_VENV = BUILD / "package-venv"

sys.path.insert(0, str(ROOT / "packaging"))
import bundle_layout  # noqa: E402

#: The screenshots a healthy run writes at least (the welcome screen, then the views).
REQUIRED_SHOTS = ("01-welcome.png", "02-experiments.png", "03-participation.png", "04-legal.png")
MIN_SHOT_BYTES = 10_000


class SmokeFailure(Exception):
    """A build step or smoke check failed; the message says which and why."""


@dataclass
class Run:
    """One finished command: exit code, output and wall time."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    started_ns: int


def step(text: str) -> None:
    """Print a step heading."""
    print(f"== {text}", flush=True)


def run(
    args: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    expect: int | None = 0,
    timeout: float = 600,
) -> Run:
    """Run a command, capturing its output; raise SmokeFailure if its exit code is unexpected."""
    started_ns = time.time_ns()
    start = time.perf_counter()
    try:
        result = subprocess.run(
            args,
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"{' '.join(map(str, args))}: no answer after {timeout:.0f} s") from exc
    seconds = time.perf_counter() - start
    done = Run(
        [str(a) for a in args], result.returncode, result.stdout, result.stderr, seconds, started_ns
    )
    if expect is not None and result.returncode != expect:
        raise SmokeFailure(
            f"{' '.join(done.args)} exited {result.returncode} (expected {expect})\n"
            f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
        )
    return done


def check_host() -> None:
    """Fail early, with the fix, when this machine cannot build the bundle."""
    if not sys.platform.startswith("linux"):
        raise SmokeFailure("this builds the Linux bundle; for Windows see packaging/README.md")
    if sys.version_info < (3, 11):  # noqa: UP036 - run by any python3, not only the project's
        raise SmokeFailure(f"Python 3.11+ is needed, this is {platform.python_version()}")
    if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
        raise SmokeFailure(
            f"{sys.executable} has no shared libpython (PyInstaller needs one): use a Python "
            "built with --enable-shared (Debian's python3, pyenv with PYTHON_CONFIGURE_OPTS="
            "--enable-shared)"
        )
    missing = [tool for tool in ("objdump", "strip") if shutil.which(tool) is None]
    if missing:
        raise SmokeFailure(
            f"{', '.join(missing)} not found: PyInstaller needs binutils on Linux "
            "(apt-get install binutils)"
        )


def ensure_venv(venv: Path, reuse: bool) -> Path:
    """Return the venv's python with the project and its `package` extra installed."""
    python = venv / "bin" / "python"
    key = hashlib.sha1(
        (ROOT / "pyproject.toml").read_bytes() + platform.python_version().encode(),
        usedforsecurity=False,
    ).hexdigest()[:12]
    stamp = venv / f".package-installed-{key}"
    if reuse:
        if not python.is_file():
            raise SmokeFailure(f"{venv} is not a virtual environment (no bin/python)")
    elif not python.is_file() or not stamp.is_file():
        step(f"build venv {venv.relative_to(ROOT) if venv.is_relative_to(ROOT) else venv}")
        if venv.exists():
            shutil.rmtree(venv)
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    if not stamp.is_file():
        run([str(python), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[package]"], cwd=ROOT)
        for old in venv.glob(".package-installed-*"):
            old.unlink()
        stamp.touch()
    return python


def check_generated_files(python: Path) -> None:
    """Run the currency checks of the compiled forms, the translation and the icons."""
    step("generated files are current (forms, translation, icons)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for tool in ("build_ui.py", "build_translations.py", "build_icons.py"):
        done = run([str(python), str(ROOT / "tools" / tool), "--check"], env=env, expect=None)
        if done.returncode != 0:
            raise SmokeFailure(f"tools/{tool} --check failed:\n{done.stdout}{done.stderr}")
        print(f"   {done.stdout.strip().splitlines()[-1]}")


def build(python: Path) -> float:
    """Run PyInstaller on the spec (a clean build); return the seconds it took."""
    step("pyinstaller packaging/frikommune.spec")
    pyinstaller = python.parent / "pyinstaller"
    shutil.rmtree(BUNDLE, ignore_errors=True)
    shutil.rmtree(WORK, ignore_errors=True)  # a fresh analysis every time
    done = run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
            str(SPEC),
        ],
        cwd=ROOT,
        expect=None,
    )
    log = BUILD / "pyinstaller.log"
    log.write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        raise SmokeFailure(
            f"PyInstaller failed (exit {done.returncode}); its output:\n"
            f"{done.stderr[-6000:]}\n(all of it in {log})"
        )
    print(f"   built in {done.seconds:.0f} s (PyInstaller's output in {log.relative_to(ROOT)})")
    missing = sorted(set(re.findall(r"could not resolve '([^']+)'", done.stdout + done.stderr)))
    if missing:
        # Not bundled, so taken from the user's system at run time (or the plugin that needs
        # them does not load there): e.g. libxcb-icccm4/libxcb-keysyms1 for Qt's xcb plugin.
        print(f"   note: not on this machine, so not bundled: {', '.join(missing)}")
    return done.seconds


def bundle_bytes(folder: Path) -> int:
    """Return the bundle's size in bytes, as `du --apparent-size` counts it (links not followed)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def smoke_env(tmp: Path) -> dict[str, str]:
    """Return an environment whose data, settings and cache folders are inside tmp."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        FRIKOMMUNE_DATA_DIR=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "share"),
        XDG_CACHE_HOME=str(tmp / "cache"),
        QT_QPA_PLATFORM="offscreen",
        LC_ALL="C.UTF-8",
        # A user name given by IT: the first-start profile dialog stays away, so that the menu
        # start below shows the window itself.
        FRIKOMMUNE_USER="Røgtest",
    )
    return env


def time_version(exe: Path, env: dict[str, str], expected: str) -> list[float]:
    """Run `--version` 5 times, check its output, return the wall times."""
    times = []
    for _ in range(5):
        done = run([str(exe), "--version"], env=env)
        if done.stdout.strip() != expected:
            raise SmokeFailure(
                f"{exe} --version printed {done.stdout.strip()!r}, expected {expected!r}"
            )
        times.append(done.seconds)
    return times


def check_screenshots(python: Path, folder: Path, listed: str) -> list[Path]:
    """Check the screenshot run's PNGs: the required ones exist, are large and not one colour."""
    shots = [Path(line.strip()) for line in listed.splitlines() if line.strip().endswith(".png")]
    shots = [p if p.is_absolute() else folder.parent / p for p in shots]
    names = {p.name for p in shots}
    missing = [n for n in REQUIRED_SHOTS if n not in names or not (folder / n).is_file()]
    if missing:
        raise SmokeFailure(f"the window wrote no {', '.join(missing)} (it listed: {sorted(names)})")
    small = [f"{p.name} ({p.stat().st_size} B)" for p in shots if p.stat().st_size < MIN_SHOT_BYTES]
    if small:
        raise SmokeFailure(f"screenshots under {MIN_SHOT_BYTES} bytes: {', '.join(small)}")
    # Count colours on a grid with Qt from the build venv (this script may run without Qt).
    probe = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication, QImage\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "for path in sys.argv[1:]:\n"
        "    image = QImage(path)\n"
        "    w, h = image.width(), image.height()\n"
        "    grid = [(x * w // 40, y * h // 40) for x in range(40) for y in range(40)]\n"
        "    colours = {image.pixel(x, y) for x, y in grid}\n"
        "    print(path, w, h, len(colours))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = run([str(python), "-c", probe, *map(str, shots)], env=env)
    for line in done.stdout.splitlines():
        path, width, height, colours = line.rsplit(" ", 3)
        if int(colours) < 5 or int(width) < 400 or int(height) < 300:
            raise SmokeFailure(
                f"{Path(path).name} looks empty: {width}×{height} px, "
                f"{colours} colours on a 40×40 grid"
            )
    return shots


def time_window(
    exe: Path, env: dict[str, str], fkdb: Path, folder: Path
) -> tuple[Run, float, float]:
    """Run `open FILE --screenshot DIR`; return the run and the seconds to the first two PNGs."""
    done = run([str(exe), "open", str(fkdb), "--screenshot", str(folder)], env=env, timeout=300)
    welcome = ((folder / "01-welcome.png").stat().st_mtime_ns - done.started_ns) / 1e9
    first_view = ((folder / "02-experiments.png").stat().st_mtime_ns - done.started_ns) / 1e9
    return done, welcome, first_view


def smoke_test(python: Path, compare_venv: bool) -> dict[str, object]:
    """Run the frozen program through its smoke test; return the measurements."""
    exe = BUNDLE / bundle_layout.CONSOLE_EXE
    if not exe.is_file():
        raise SmokeFailure(f"{exe} does not exist: build first")
    version = bundle_layout.package_version()
    expected = f"frikommune {version}"
    results: dict[str, object] = {"version": version}
    with tempfile.TemporaryDirectory(prefix="frikommune-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        env = smoke_env(tmp)
        fkdb = tmp / "X.fkdb"

        step("frozen: --version")
        times = time_version(exe, env, expected)
        results["version_first_s"] = times[0]
        results["version_median_s"] = statistics.median(times)
        median = statistics.median(times)
        print(f"   {expected}; {times[0]:.2f} s first, {median:.2f} s median of 5")

        step("frozen: FRIKOMMUNE_SELFTEST=1")
        done = run([str(exe)], env={**env, "FRIKOMMUNE_SELFTEST": "1"}, expect=None)
        print("   " + "\n   ".join(done.stdout.strip().splitlines()))
        if done.returncode != 0:
            raise SmokeFailure(f"the bundle's self-test failed:\n{done.stdout}{done.stderr}")

        step("frozen: demo, check")
        done = run([str(exe), "demo", str(fkdb)], env=env)
        print(f"   {done.stdout.strip()}")
        if not fkdb.is_file():
            raise SmokeFailure(f"demo exited 0 but wrote no {fkdb}")
        done = run([str(exe), "check", str(fkdb)], env=env)
        print("   " + "\n   ".join(done.stdout.strip().splitlines()))

        step("frozen: template, import --dry-run, export")
        sheet = tmp / "skabelon.xlsx"
        # Prefilled for Høje-Taastrup (0169), so that reading it back is a valid import.
        run(
            [
                str(exe),
                "template",
                str(sheet),
                "--network-file",
                str(fkdb),
                "--municipality",
                "169",
            ],
            env=env,
        )
        done = run([str(exe), "import", str(fkdb), str(sheet), "--dry-run"], env=env)
        print(f"   import --dry-run: {done.stdout.strip().splitlines()[-1] if done.stdout else ''}")
        out = tmp / "export"
        run([str(exe), "export", str(fkdb), "--round", "2016-12-01", "--out", str(out)], env=env)
        written = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
        wanted = [
            "ansoegningspakke.pdf",
            "deltagertabel.pdf",
            "deltagertabel.xlsx",
            "foelgebrev.docx",
            "foelgebrev.pdf",
        ]
        if [n for n in wanted if n not in written]:
            raise SmokeFailure(f"export wrote {written}, expected {wanted}")
        print(f"   export: {', '.join(written)}")

        step("frozen: open X.fkdb --screenshot DIR (QT_QPA_PLATFORM=offscreen)")
        shots_dir = tmp / "shots"
        done, welcome, first_view = time_window(exe, env, fkdb, shots_dir)
        shots = check_screenshots(python, shots_dir, done.stdout)
        results.update(
            window_welcome_s=welcome,
            window_first_view_s=first_view,
            window_total_s=done.seconds,
            screenshots=len(shots),
        )
        print(f"   {len(shots)} screenshots ({', '.join(p.name for p in shots[:4])}, …)")
        print(
            f"   welcome screen after {welcome:.2f} s, first view after {first_view:.2f} s, "
            f"all {len(shots)} and exit after {done.seconds:.2f} s"
        )

        step("frozen: open (no file, as the menu entry starts it) keeps running")
        check_menu_start(exe, env)
        print("   the window is up after 4 s (then closed)")

        if compare_venv:
            step("for comparison: the same from the build venv (not frozen)")
            venv_exe = python.parent / "frikommune"
            times = time_version(venv_exe, env, expected)
            results["venv_version_median_s"] = statistics.median(times)
            done, welcome, first_view = time_window(venv_exe, env, fkdb, tmp / "venv-shots")
            results.update(
                venv_window_welcome_s=welcome,
                venv_window_first_view_s=first_view,
                venv_window_total_s=done.seconds,
            )
            print(
                f"   --version {times[0]:.2f} s first, {statistics.median(times):.2f} s median; "
                f"welcome {welcome:.2f} s, first view {first_view:.2f} s, "
                f"all and exit {done.seconds:.2f} s"
            )
    return results


def write_archive(version: str) -> Path:
    """Pack build/dist/frikommune-<version>-linux-<machine>.tar.gz for IT: one folder with the
    bundle and packaging/linux's install.sh, uninstall.sh, .desktop file and MIME type."""
    top = f"frikommune-{version}-linux-{platform.machine()}"
    archive = DIST / f"{top}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"{top}/{BUNDLE.name}")
        for name in ("install.sh", "uninstall.sh", "frikommune.desktop", "frikommune-mime.xml"):
            tar.add(ROOT / "packaging" / "linux" / name, arcname=f"{top}/{name}")
    return archive


def check_menu_start(exe: Path, env: dict[str, str]) -> None:
    """`frikommune open` with no file (the menu entry's `open %f` with %f empty) must start the
    window, not fail with a usage error: it is still running after a few seconds."""
    process = subprocess.Popen(
        [str(exe), "open"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        stdout, stderr = process.communicate(timeout=4)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
        return
    raise SmokeFailure(
        f"`{exe} open` (menu start, no file) exited {process.returncode} "
        f"instead of showing the window:\n{stdout}{stderr}"
    )


def main(argv: list[str] | None = None) -> int:
    """Build and smoke-test; return 0 when every check passed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--venv",
        type=Path,
        help="use this existing venv (the `package` extra is installed into "
        f"it) instead of {DEFAULT_VENV.relative_to(ROOT)}",
    )
    parser.add_argument(
        "--smoke-only",
        action="store_true",
        help="do not build; smoke-test the existing build/dist/frikommune",
    )
    parser.add_argument(
        "--no-compare", action="store_true", help="skip timing the unfrozen program for comparison"
    )
    parser.add_argument(
        "--archive",
        action="store_true",
        help="also pack the bundle as a .tar.gz for packaging/linux/install.sh",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        check_host()
        venv = (
            (args.venv if args.venv.is_absolute() else Path.cwd() / args.venv)
            if args.venv
            else DEFAULT_VENV
        )
        python = ensure_venv(venv, reuse=args.venv is not None)
        build_seconds = None
        if not args.smoke_only:
            check_generated_files(python)
            build_seconds = build(python)
        results = smoke_test(python, compare_venv=not args.no_compare)
        size = bundle_bytes(BUNDLE)
        files = sum(1 for p in BUNDLE.rglob("*") if p.is_file())
        archive = write_archive(str(results["version"])) if args.archive else None
    except SmokeFailure as exc:
        print(f"\nbuild_linux: FAILED: {exc}", file=sys.stderr)
        return 1
    print("\n== summary")
    if build_seconds is not None:
        print(f"   PyInstaller build:      {build_seconds:.0f} s")
    print(
        f"   bundle:                 {BUNDLE.relative_to(ROOT)}  {size / 2**20:.0f} MiB "
        f"({size / 1e6:.0f} MB), {files} files"
    )
    if archive is not None:
        print(
            f"   archive:                {archive.relative_to(ROOT)}  "
            f"{archive.stat().st_size / 1e6:.0f} MB"
        )
    print(f"   frozen --version:       {results['version_median_s']:.2f} s (median of 5)")
    print(
        f"   frozen window:          welcome {results['window_welcome_s']:.2f} s, first view "
        f"{results['window_first_view_s']:.2f} s, {results['screenshots']} screenshots and "
        f"exit {results['window_total_s']:.2f} s"
    )
    if "venv_version_median_s" in results:
        print(f"   venv --version:         {results['venv_version_median_s']:.2f} s (median of 5)")
        print(
            f"   venv window:            welcome {results['venv_window_welcome_s']:.2f} s, "
            f"first view {results['venv_window_first_view_s']:.2f} s, exit "
            f"{results['venv_window_total_s']:.2f} s"
        )
    print(f"   total:                  {time.perf_counter() - started:.0f} s")
    print("build_linux: smoke test OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
