from transqa.cli import main

raise SystemExit(main())
