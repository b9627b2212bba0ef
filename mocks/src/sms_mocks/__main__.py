"""``python -m sms_mocks <provider>``: the same as the ``sms-mock`` command."""

import sys

from sms_mocks.cli import main

sys.exit(main())
