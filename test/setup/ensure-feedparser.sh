#!/bin/sh
# The tests read topicfeed's output with Debian's python3-feedparser, an independent strict feed
# consumer. Install it when it is missing and we may (root with apt-get); else say how.
if /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing python3-feedparser (used by the tests to read topicfeed's feeds)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq python3-feedparser >/dev/null && exit 0
fi
echo "The tests need Debian's python3-feedparser: sudo apt-get install python3-feedparser" >&2
exit 1
