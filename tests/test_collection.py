"""The garbage collector around building a Checker: the command freezes what it builds, an API
user's process is left as it was."""
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent("""
    import gc, sys
    from claimcheck.collection import freeze_what_is_built, paused
    if sys.argv[1] == "command":
        freeze_what_is_built()
    before = gc.get_freeze_count()
    with paused():
        built = [[index] for index in range(1000)]
    print(gc.isenabled(), gc.get_freeze_count() - before)
""")


def run_probe(mode: str) -> str:
    return subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True).stdout.split()


def test_the_command_freezes_what_it_builds_and_enables_the_collector_again():
    enabled, frozen = run_probe("command")
    assert enabled == "True" and int(frozen) >= 1000


def test_an_api_user_keeps_an_unfrozen_heap():
    enabled, frozen = run_probe("api")
    assert enabled == "True" and int(frozen) == 0
