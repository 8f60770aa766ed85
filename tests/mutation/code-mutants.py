#!/usr/bin/env python3
"""The suite must notice a changed constant in the model's code.

For every number written in the simulation's code (the SIMULATION files of each
core/<subsystem>/sources.cmake: the load model, queueing, sizing, growth, the bill, the
rules the timeline applies every month), a copy of the source tree gets that one number changed (0 -> 1, 1 -> 2, whole numbers below 20 + 1,
anything else x 1.05), the doctest suite is rebuilt and run, and it must fail. Some
mutants cannot be told apart from the original (a sentinel -1 that is never read as a
number, a guard for a case no input reaches): the survivors are a list to read, not a
verdict.
Prints one line per surviving mutant and a closing count; exits 1 if any survive.
    python3 tests/mutation/code-mutants.py [FILE...]
It rebuilds once per mutant (a few seconds each), so it runs beside the suite by hand or
in the benchmark, not on every test run.
"""
import glob, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def simulation_files():
    """The SIMULATION files of every core/<subsystem>/sources.cmake, as the build reads them."""
    files = []
    for listing in sorted(glob.glob(os.path.join(ROOT, "core", "*", "sources.cmake"))):
        subsystem = os.path.basename(os.path.dirname(listing))
        text = re.sub(r"#.*", "", open(listing).read())
        call = re.search(r"rightsize_core_sources\((.*?)\)", text, re.S)
        if not call:
            continue
        kind = None
        for word in call.group(1).split()[1:]:
            if word in ("SIMULATION", "DOCUMENTS"):
                kind = word
            elif kind == "SIMULATION":
                files.append(f"core/{subsystem}/src/{word}")
    return files


FILES = sys.argv[1:] or simulation_files()
NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?(?:e\d+)?)(?![\w.])")


def mutate(text):
    value = float(text)
    if value == 0:
        return "1"
    if value == 1:
        return "2"
    if re.fullmatch(r"\d+", text) and value < 20:
        return str(int(text) + 1)
    return repr(value * 1.05)


def literals(source):
    """(offset, text) of each number in code, skipping comments, strings and includes."""
    out = []
    for number, line in enumerate(source.split("\n")):
        code = line.split("//")[0]
        if code.lstrip().startswith("#"):
            continue
        code = re.sub(r'"[^"]*"', lambda m: " " * len(m.group(0)), code)
        start = sum(len(l) + 1 for l in source.split("\n")[:number])
        for m in NUMBER.finditer(code):
            out.append((start + m.start(1), m.group(1), number + 1))
    return out


def main():
    work = tempfile.mkdtemp(prefix="rightsize-code-mutants-")
    try:
        for part in ["CMakeLists.txt", "cmake", "core", "tests", "content", "bench", "wasm"]:
            src = os.path.join(ROOT, part)
            (shutil.copytree if os.path.isdir(src) else shutil.copy)(src, os.path.join(work, part))
        build = os.path.join(work, "build")
        subprocess.run(["cmake", "-S", work, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                        "-DRIGHTSIZE_BUILD_CLI=OFF", "-DRIGHTSIZE_BUILD_BENCH=OFF"], check=True, capture_output=True)
        tests = os.path.join(build, "tests/core/rightsize_tests")
        subprocess.run(["cmake", "--build", build, "--target", "rightsize_tests"], check=True, capture_output=True)
        assert subprocess.run([tests, "--minimal"], capture_output=True).returncode == 0, "the suite fails unmutated"
        survivors, count = [], 0
        for relative in FILES:
            path = os.path.join(work, relative)
            original = open(path).read()
            for offset, text, line in literals(original):
                mutant = original[:offset] + mutate(text) + original[offset + len(text):]
                open(path, "w").write(mutant)
                built = subprocess.run(["cmake", "--build", build, "--target", "rightsize_tests"], capture_output=True)
                count += 1
                if built.returncode != 0:
                    continue  # a mutant that does not compile is caught by the compiler
                if subprocess.run([tests, "--minimal"], capture_output=True).returncode == 0:
                    survivors.append(f"{relative}:{line}: {text} -> {mutate(text)}")
            open(path, "w").write(original)
        for s in survivors:
            print(f"survived: {s}")
        print(f"code mutants: {count - len(survivors)} passed, {len(survivors)} failed")
        return 1 if survivors else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
