--TEST--
league/commonmark (Debian's php-league-commonmark) converts a Markdown document to HTML: a real library of generators, iterators, events and regular expressions
--SKIPIF--
<?php if (!is_file('/usr/share/php/League/CommonMark/autoload.php')) die('skip php-league-commonmark is not installed'); ?>
--INI--
extension=mbstring
--FILE--
<?php
require '/usr/share/php/League/CommonMark/autoload.php';
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
$c = new League\CommonMark\CommonMarkConverter(['html_input' => 'escape', 'allow_unsafe_links' => false]);
echo $c->convert($md);
$g = new League\CommonMark\GithubFlavoredMarkdownConverter();
echo $g->convert($md);
--EXPECT--
<h1>Title with <em>emphasis</em> and <code>code</code></h1>
<p>A paragraph with <strong>strong</strong>, <em>em</em>, a <a href="http://example.com" title="T">link</a>, an autolink <a href="https://php.net">https://php.net</a>,
and a hard<br />
break. Entities: &amp; © # and &lt;b&gt;raw html&lt;/b&gt;.</p>
<ul>
<li>item one</li>
<li>item two
<ul>
<li>nested <strong>bold</strong>
</li>
</ul>
</li>
</ul>
<ol>
<li>first</li>
<li>second</li>
</ol>
<blockquote>
<p>quote line</p>
<blockquote>
<p>nested quote</p>
</blockquote>
</blockquote>
<pre><code class="language-php">&lt;?php echo &quot;fenced&quot;; ?&gt;
</code></pre>
<pre><code>indented code
</code></pre>
<p>| a | b |
|---|:-:|
| 1 | 2 |</p>
<h2>Setext Heading</h2>
<hr />
<p><img src="/x.png" alt="img" /> and ~~strike~~ and trailing * escape.</p>
<h1>Title with <em>emphasis</em> and <code>code</code></h1>
<p>A paragraph with <strong>strong</strong>, <em>em</em>, a <a href="http://example.com" title="T">link</a>, an autolink <a href="https://php.net">https://php.net</a>,
and a hard<br />
break. Entities: &amp; © # and <b>raw html</b>.</p>
<ul>
<li>item one</li>
<li>item two
<ul>
<li>nested <strong>bold</strong>
</li>
</ul>
</li>
</ul>
<ol>
<li>first</li>
<li>second</li>
</ol>
<blockquote>
<p>quote line</p>
<blockquote>
<p>nested quote</p>
</blockquote>
</blockquote>
<pre><code class="language-php">&lt;?php echo &quot;fenced&quot;; ?&gt;
</code></pre>
<pre><code>indented code
</code></pre>
<table>
<thead>
<tr>
<th>a</th>
<th align="center">b</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td align="center">2</td>
</tr>
</tbody>
</table>
<h2>Setext Heading</h2>
<hr />
<p><img src="/x.png" alt="img" /> and <del>strike</del> and trailing * escape.</p>
