#!/bin/sh
# One command per task on a fresh machine: install what is needed into .venv, then run.
#   sh run.sh app [-- --data FILE...]   start the dashboard on http://localhost:8501 (demo data by default)
#   sh run.sh test [PYTEST ARGS...]      run the whole test suite
set -eu
cd "$(dirname "$0")"
task="${1:-}"
[ $# -gt 0 ] && shift
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv || {
        echo "run.sh: cannot create a virtual environment; on Debian: apt-get install python3-venv" >&2
        exit 1
    }
fi
case "$task" in
    app)
        .venv/bin/pip install -q -r requirements.txt -e .
        exec .venv/bin/streamlit run app.py --server.headless true --server.port 8501 --browser.gatherUsageStats false "$@"
        ;;
    test)
        .venv/bin/pip install -q -r requirements-dev.txt -e .
        exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: sh run.sh app [-- --data FILE...] | sh run.sh test [PYTEST ARGS...]" >&2
        exit 2
        ;;
esac
