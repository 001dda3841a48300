using ClaimGraph.Core.Errors;
using ClaimGraph.Core.Store;
using Xunit;

namespace ClaimGraph.Core.Tests.Domain;

public sealed class CursorTests
{
    [Fact]
    public void A_cursor_reads_back_its_keys_of_every_type()
    {
        var cursor = new Cursor("NewestFirst", ["2017-10-12T15:30:15.1230000Z", 42L, null], "قسد");

        var read = Cursor.Decode(cursor.Encode(), "NewestFirst", 3);

        Assert.Equal(cursor.Id, read.Id);
        Assert.Equal(cursor.Keys, read.Keys);
    }

    [Fact]
    public void A_cursor_is_url_safe_text() =>
        Assert.Matches("^[A-Za-z0-9_-]+$", new Cursor("Default", [], "a/b+c?").Encode());

    [Theory]
    [InlineData("Default", 1)]
    [InlineData("NameAscending", 0)]
    public void A_cursor_for_another_ordering_or_shape_is_a_validation_error(string order, int keys)
    {
        var encoded = new Cursor("Default", [], "a").Encode();

        var error = Assert.Throws<ClaimGraphException>(() => Cursor.Decode(encoded, order, keys));

        Assert.Equal((ErrorCode.Validation, "after"), (error.Code, error.Field));
    }
}
