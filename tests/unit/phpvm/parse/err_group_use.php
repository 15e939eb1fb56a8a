<?php
use Foo\{};
