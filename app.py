"""Launch the web app: `python app.py [--host 127.0.0.1] [--port 7860]`."""

from __future__ import annotations

import argparse
import logging

from assistant.config import Settings
from assistant.ui import serve

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=7860)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    serve(Settings(), host=args.host, port=args.port)
