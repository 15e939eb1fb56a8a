<?php
// An uncaught exception before any output.
throw new RuntimeException("went wrong <b>here</b>");
