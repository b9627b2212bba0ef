"""The programs that drive the project: overlay application, generation and the mock servers."""
