<?php
else;
