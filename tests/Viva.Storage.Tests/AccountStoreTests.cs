using System.Text;
using Viva.Core.Accounts;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Storage;
using Viva.Storage.Sqlite;

namespace Viva.Storage.Tests;

/// <summary>Accounts, invites, tokens, lockout, and which documents each account's view of the bank holds.</summary>
public sealed class AccountStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly SqliteQuestionStore _store = SqliteQuestionStore.Open(":memory:");

    public void Dispose() => _store.Dispose();

    private static UserAccount User(string id, string name, UserRole role = UserRole.Learner) => new(id, name, "hash-" + id, role, Now);

    private async Task ImportAsync(string? viewer, string source, string markdown)
    {
        _store.Viewer = viewer;
        await new ImportService(_store, new DuplicateLinker(), TimeProvider.System)
            .ImportAsync([new ImportDocument(source, Encoding.UTF8.GetBytes(markdown))], dryRun: false);
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Account_Of_The_Same_Name_In_Any_Case()
    {
        // Given
        Assert.Equal(AddUserResult.Added, await _store.AddUserAsync(User("a", "Alice"), null, Now));

        // When
        var second = await _store.AddUserAsync(User("b", "alice"), null, Now);

        // Then
        Assert.Equal(AddUserResult.NameTaken, second);
        Assert.Equal(1, await _store.CountUsersAsync());
        Assert.Equal("a", (await _store.FindUserByNameAsync("ALICE"))!.Id);
    }

    [Fact]
    public async Task Should_Use_An_Invite_Once_And_Never_After_It_Expires()
    {
        // Given
        await _store.AddUserAsync(User("admin", "root", UserRole.Admin), null, Now);
        await _store.AddInviteAsync("h1", UserRole.Learner, "admin", Now, Now.AddDays(1));
        await _store.AddInviteAsync("h2", UserRole.Learner, "admin", Now, Now.AddDays(1));

        // When
        var first = await _store.AddUserAsync(User("b", "bob"), "h1", Now);
        var again = await _store.AddUserAsync(User("c", "carol"), "h1", Now);
        var late = await _store.AddUserAsync(User("d", "dave"), "h2", Now.AddDays(2));
        var unknown = await _store.AddUserAsync(User("e", "eve"), "nope", Now);

        // Then
        Assert.Equal(AddUserResult.Added, first);
        Assert.Equal([AddUserResult.InviteInvalid, AddUserResult.InviteInvalid, AddUserResult.InviteInvalid], [again, late, unknown]);
        Assert.Equal(["bob", "root"], (await _store.GetUsersAsync()).Select(u => u.Name));
        Assert.False(await _store.IsInviteValidAsync("h1", Now));
        Assert.True(await _store.IsInviteValidAsync("h2", Now));
    }

    [Fact]
    public async Task Should_Lock_After_The_Last_Allowed_Failure_And_Clear_On_Success()
    {
        // Given
        await _store.AddUserAsync(User("a", "alice"), null, Now);

        // When
        for (var i = 0; i < 4; i++)
        {
            await _store.RecordFailedLoginAsync("a", 5, Now.AddMinutes(15));
        }

        var beforeLock = await _store.FindUserAsync("a");
        await _store.RecordFailedLoginAsync("a", 5, Now.AddMinutes(15));
        var locked = await _store.FindUserAsync("a");
        await _store.RecordSuccessfulLoginAsync("a");

        // Then
        Assert.Equal((4, (DateTimeOffset?)null), (beforeLock!.FailedLogins, beforeLock.LockedUntil));
        Assert.Equal((0, (DateTimeOffset?)Now.AddMinutes(15)), (locked!.FailedLogins, locked.LockedUntil));
        Assert.Null((await _store.FindUserAsync("a"))!.LockedUntil);
    }

    [Fact]
    public async Task Should_Find_A_Token_Owner_By_Hash_Until_Revoked_Or_Disabled()
    {
        // Given
        await _store.AddUserAsync(User("a", "alice"), null, Now);
        await _store.AddUserAsync(User("b", "bob"), null, Now);
        var id = await _store.AddApiTokenAsync("a", "laptop", Secrets.Hash("secret"), Now);

        // When
        var owner = await _store.UseApiTokenAsync(Secrets.Hash("secret"), Now.AddHours(1));
        var revokedByOther = await _store.DeleteApiTokenAsync("b", id);

        // Then
        Assert.Equal("a", owner!.Id);
        Assert.False(revokedByOther);
        Assert.Equal(Now.AddHours(1), Assert.Single(await _store.GetApiTokensAsync("a")).LastUsed);
        await _store.SetDisabledAsync("a", true);
        Assert.Null(await _store.UseApiTokenAsync(Secrets.Hash("secret"), Now));
        await _store.SetDisabledAsync("a", false);
        Assert.True(await _store.DeleteApiTokenAsync("a", id));
        Assert.Null(await _store.UseApiTokenAsync(Secrets.Hash("secret"), Now));
    }

    [Fact]
    public async Task Should_Keep_Open_Sign_Up_Off_Until_Turned_On()
    {
        Assert.False(await _store.GetOpenSignUpAsync());
        await _store.SetOpenSignUpAsync(true);
        Assert.True(await _store.GetOpenSignUpAsync());
    }

    [Fact]
    public async Task Should_Show_An_Owned_Document_To_Its_Owner_Alone()
    {
        // Given: a shared document, and one document of each account
        await ImportAsync(null, "shared.md", "## What is a shared bias term?\n\nAn offset.\n");
        await ImportAsync("a", "~alice/a.md", "## What does alice's zebra regulariser do?\n\nIt shrinks.\n");
        await ImportAsync("b", "~bob/b.md", "## What does bob's walrus optimiser do?\n\nIt descends.\n");

        // When
        _store.Viewer = "a";
        var listed = (await _store.ListAsync(new QuestionFilter())).Select(q => q.Question.Source).Distinct().ToList();
        var sources = (await _store.GetSourcesAsync()).Select(s => s.Source).ToList();
        var walrus = await _store.SearchAsync("walrus", 10);
        var zebra = await _store.SearchAsync("zebra", 10);
        var bobsId = (await _store.GetHiddenIdsAsync()).Single();
        var shown = await _store.FindAsync(bobsId);
        var cards = (await _store.GetCardsAsync("a")).Select(c => c.CardId).ToList();
        var fresh = await _store.GetNewAsync("a", 10_000, new QuestionFilter());

        // Then
        Assert.Contains("~alice/a.md", listed);
        Assert.Contains("shared.md", listed);
        Assert.DoesNotContain("~bob/b.md", listed);
        Assert.Equal(["shared.md", "~alice/a.md"], sources);
        Assert.Empty(walrus);
        Assert.Single(zebra);
        Assert.Null(shown);
        Assert.DoesNotContain(bobsId, cards);
        Assert.DoesNotContain(bobsId, fresh);
        Assert.Equal(cards.Order(), fresh.Order());
    }

    [Fact]
    public async Task Should_Give_The_Shared_View_No_Account_Documents()
    {
        // Given
        await ImportAsync("a", "~alice/a.md", "## What does alice's zebra regulariser do?\n\nIt shrinks.\n");

        // When
        _store.Viewer = null;
        var zebra = await _store.SearchAsync("zebra", 10);

        // Then
        Assert.Empty(zebra);
        Assert.Empty(await _store.GetSourcesAsync());
    }
}
