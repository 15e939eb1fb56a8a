<?php
echo "a parse error"
echo "here";
