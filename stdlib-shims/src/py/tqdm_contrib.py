"""tqdm.contrib for taipan: only `tqdm.contrib.concurrent` is provided."""
