namespace Viva.Web.Tests.Support;

/// <summary>Server mode with a login rate limit small enough to reach in a test.</summary>
public sealed class SmallLoginLimitFixture : AccountsAppFixture
{
    public const int Limit = 4;

    protected override int LoginPostsPerMinute => Limit;
}
