from chainwire.cli import main

raise SystemExit(main())
