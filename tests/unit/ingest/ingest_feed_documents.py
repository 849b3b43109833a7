"""Feed documents shared by the ingest unit tests (good feeds and hostile or broken ones)."""

from __future__ import annotations

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Example Wire</title>
    <link>https://www.example.org/</link>
    <language>en-gb</language>
    <item>
      <title>Ministers meet in Geneva</title>
      <link>https://www.example.org/world/geneva-talks?utm_source=rss&amp;utm_medium=feed</link>
      <guid isPermaLink="false">ex-123</guid>
      <pubDate>Sun, 01 Mar 2026 10:00:00 +0100</pubDate>
      <description>Short summary only.</description>
      <content:encoded><![CDATA[<p>The foreign ministers met in Geneva on Sunday.</p><script>track()</script>
        <p>They agreed to meet again &amp; to keep talking.</p>]]></content:encoded>
    </item>
    <item>
      <title>Second story</title>
      <guid isPermaLink="true">https://www.example.org/world/second</guid>
      <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; summary about the harbour.&lt;/p&gt;</description>
    </item>
    <item>
      <title>No link at all</title>
      <guid isPermaLink="false">opaque-guid-7</guid>
      <description>Nothing to point at.</description>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Exemple</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2026-03-01T09:00:00Z</updated>
  <entry>
    <title>Le ministre se rend à Dakar</title>
    <link href="https://exemple.fr/articles/dakar"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2026-03-01T08:30:00+01:00</published>
    <updated>2026-03-01T09:00:00Z</updated>
    <summary>Résumé court.</summary>
    <content type="html">&lt;p&gt;Le ministre des affaires étrangères s'est rendu à Dakar.&lt;/p&gt;</content>
  </entry>
</feed>
""".encode()

HTML_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><title>Welcome</title></head><body><p>This is a home page.</p></body></html>
"""

XHTML_PAGE = b"""<?xml version="1.0"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Not a feed either.</p></body></html>
"""

OTHER_XML = b"""<?xml version="1.0"?><sitemap><loc>https://example.org/</loc></sitemap>"""

MALFORMED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item>
<title>Unclosed</title></channel></rss>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>
<link>https://example.org/x</link><description>&xxe;</description></item></channel></rss>
"""

DOCTYPE_ONLY = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://example.org/rss-0.91.dtd">
<rss version="0.91"><channel><title>x</title></channel></rss>
"""
