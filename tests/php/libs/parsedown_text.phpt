--TEST--
erusev/parsedown (Debian's php-parsedown) renders a Markdown document, with safe mode and inline text
--SKIPIF--
<?php if (!is_file('/usr/share/php/Parsedown/Parsedown.php')) die('skip php-parsedown is not installed'); ?>
--FILE--
<?php
require '/usr/share/php/Parsedown/Parsedown.php';
$md = <<<'MD'
# Title with *emphasis* and `code`

A paragraph with **strong**, _em_, a [link](http://example.com "T"), an autolink <https://php.net>,
and a hard  
break. Entities: &amp; &copy; &#35; and <b>raw html</b>.

* item one
* item two
    * nested **bold**
1. first
2. second

> quote line
> > nested quote

```php
<?php echo "fenced"; ?>
```

    indented code

| a | b |
|---|:-:|
| 1 | 2 |

Setext Heading
--------------

***
![img](/x.png) and ~~strike~~ and trailing \* escape.
MD;
$p = new Parsedown();
echo $p->text($md), "\n";
$p->setSafeMode(true);
echo $p->text($md), "\n";
echo $p->line('*inline* <em>x</em> [a](javascript:alert(1))'), "\n";
--EXPECT--
<h1>Title with <em>emphasis</em> and <code>code</code></h1>
<p>A paragraph with <strong>strong</strong>, <em>em</em>, a <a href="http://example.com" title="T">link</a>, an autolink <a href="https://php.net">https://php.net</a>,
and a hard<br />
break. Entities: &amp; &copy; &#35; and <b>raw html</b>.</p>
<ul>
<li>item one</li>
<li>item two
<ul>
<li>nested <strong>bold</strong>
<ol>
<li>first</li>
<li>second</li>
</ol></li>
</ul></li>
</ul>
<blockquote>
<p>quote line</p>
<blockquote>
<p>nested quote</p>
</blockquote>
</blockquote>
<pre><code class="language-php">&lt;?php echo "fenced"; ?&gt;</code></pre>
<pre><code>indented code</code></pre>
<table>
<thead>
<tr>
<th>a</th>
<th style="text-align: center;">b</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td style="text-align: center;">2</td>
</tr>
</tbody>
</table>
<h2>Setext Heading</h2>
<hr />
<p><img src="/x.png" alt="img" /> and <del>strike</del> and trailing * escape.</p>
<h1>Title with <em>emphasis</em> and <code>code</code></h1>
<p>A paragraph with <strong>strong</strong>, <em>em</em>, a <a href="http://example.com" title="T">link</a>, an autolink <a href="https://php.net">https://php.net</a>,
and a hard<br />
break. Entities: &amp; &copy; &#35; and &lt;b&gt;raw html&lt;/b&gt;.</p>
<ul>
<li>item one</li>
<li>item two
<ul>
<li>nested <strong>bold</strong>
<ol>
<li>first</li>
<li>second</li>
</ol></li>
</ul></li>
</ul>
<blockquote>
<p>quote line</p>
<blockquote>
<p>nested quote</p>
</blockquote>
</blockquote>
<pre><code class="language-php">&lt;?php echo "fenced"; ?&gt;</code></pre>
<pre><code>indented code</code></pre>
<table>
<thead>
<tr>
<th>a</th>
<th style="text-align: center;">b</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td style="text-align: center;">2</td>
</tr>
</tbody>
</table>
<h2>Setext Heading</h2>
<hr />
<p><img src="/x.png" alt="img" /> and <del>strike</del> and trailing * escape.</p>
<em>inline</em> &lt;em&gt;x&lt;/em&gt; <a href="javascript%3Aalert(1)">a</a>
