"""Release 29, reviewers' leftovers (task fixa29): summary folders and years, output clashes, name suggestions,
handles, duplicate findings, cold --help, Wayback cache hits."""

from __future__ import annotations

from transqa.audit import discover
from transqa.audit.discover import Job

_ARTICLE = "# 报道\n\n彭博 T2 报道，公司收入增长 1 . 5 亿美元。\n\n公司表示将继续扩张。\n"


def test_folders_whose_only_common_folder_is_the_root_keep_their_leading_slash() -> None:
    # item 1: `audit /srv/a /home/b` grouped its rows relative to `/`: `srv/a`, `home/b`
    jobs = [Job(0, "/srv/a/x.zh.md", None), Job(1, "/srv/a/2015/y.zh.md", None, group="2015"), Job(2, "/home/b/z.zh.md", None)]
    got = discover._folder_groups(jobs, set(), ["/srv/a", "/srv/a", "/home/b"])
    assert [j.group for j in got] == ["/srv/a", "/srv/a/2015", "/home/b"]
    # below a common folder, the groups stay relative to it
    got = discover._folder_groups(jobs, set(), ["/srv/a", "/srv/a", "/srv/b"])
    assert [j.group for j in got] == ["a", "a/2015", "b"]
