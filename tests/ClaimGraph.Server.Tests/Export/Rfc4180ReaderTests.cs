using Xunit;

namespace ClaimGraph.Server.Tests.Export;

public sealed class Rfc4180ReaderTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var rows = Rfc4180Reader.Read("a,b,c\r\n\"x, y\",\"say \"\"no\"\"\",\"two\r\nlines\"\r\n,,\r\n");
        Assert.Equal([["a", "b", "c"], ["x, y", "say \"no\"", "two\r\nlines"], ["", "", ""]], rows);
    }

    [Fact]
    public void The_last_record_may_lack_its_crlf()
    {
        Assert.Equal([["a"], ["b"]], Rfc4180Reader.Read("a\r\nb"));
    }

    [Theory]
    [InlineData("a,b\nc,d\n")]
    [InlineData("a,b\r\nc\"d,e\r\n")]
    [InlineData("\"open,b\r\n")]
    [InlineData("a,b\r\nc\r\n")]
    [InlineData("\"a\"b,c\r\n")]
    public void Refuses_what_rfc_4180_does_not_allow(string text)
    {
        Assert.Throws<FormatException>(() => Rfc4180Reader.Read(text));
    }
}
