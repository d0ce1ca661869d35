"""newsdesk: turn a pile of news articles into sourced stories."""
