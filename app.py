"""Start the web app: `python app.py [--host 127.0.0.1] [--port 7860] [--auth user:password] [-v]`.

The same as `assistant serve`: chat with sources, fact-checking, document view, corpus
management.
"""

from __future__ import annotations

import sys

from assistant.cli import main

if __name__ == "__main__":
    options = sys.argv[1:]
    verbose = [option for option in options if option in ("-v", "--verbose")]
    sys.exit(main([*verbose, "serve", *(o for o in options if o not in verbose)]))
