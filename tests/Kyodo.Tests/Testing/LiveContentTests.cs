namespace Kyodo.Tests.Testing;

/// <summary>The checker behind the injection and CSP tests finds what it is meant to find.</summary>
public sealed class LiveContentTests
{
    [Theory]
    [InlineData("a.html", "<p><script>alert(1)</script></p>", "inline script")]
    [InlineData("a.html", "<p><img src=x onerror=alert(1)></p>", "event handler onerror")]
    [InlineData("a.html", "<a href=\" jav&#x09;ascript:alert(1)\">x</a>", "script URL href")]
    [InlineData("a.html", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>", "script URL href")]
    [InlineData("a.html", "<script src=\"https://cdn.example.com/x.js\"></script>", "script from elsewhere")]
    [InlineData("a.html", "<p style=\"color:red\">x</p>", "inline style")]
    [InlineData("a.html", "<iframe src=\"/x/\"></iframe>", "<iframe> element")]
    [InlineData("a.html", "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>", "script URL")]
    [InlineData("a.html", "<script type=\"application/ld+json\">{\"name\": \"</script><script>alert(1)</script>\"}</script>", "not valid JSON")]
    [InlineData("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>a</text><script>alert(1)</script></svg>", "<script> element")]
    [InlineData("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>", "event handler onload")]
    [InlineData("feed.xml", "<feed><title>a <b> & c</title></feed>", "not well-formed XML")]
    [InlineData("a.json", "{\"a\": \"x\"\"}", "not valid JSON")]
    [InlineData("a.csv", "\uFEFFid,name\n1,\"=HYPERLINK(\"\"x\"\")\"\n", "would run as a formula")]
    [InlineData("a.csv", "id,name\n1,\"unterminated\n", "not valid CSV")]
    [InlineData("a.js", "var x = \"</script><script>alert(1)</script>\";", "inside a script")]
    public void Problems_HostileFile_IsFound(string name, string content, string expected)
    {
        using var temp = new TempDir();
        temp.Write(name, content);

        var problems = LiveContent.Problems(temp.Path, "/");

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("a.html", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><a href=\"/x/?q=javascript:1\" title=\"&quot; onerror=alert(1)\">x</a><script src=\"/assets/filter.js\" defer></script>")]
    [InlineData("a.html", "<img src=\"data:image/png;base64,AAAA\" alt=\"\"><script type=\"application/ld+json\">{\"name\": \"\\u003C/script\\u003E\"}</script>")]
    [InlineData("a.csv", "\uFEFFid,name,value\n1,\"'=HYPERLINK(\"\"x\"\")\",-5\n")]
    [InlineData("b.csv", "id,name\n1,\"=HYPERLINK(\"\"x\"\")\"\n")]
    public void Problems_SafeFile_IsClean(string name, string content)
    {
        using var temp = new TempDir();
        temp.Write(name, content);

        Assert.Empty(LiveContent.Problems(temp.Path, "/"));
    }
}
