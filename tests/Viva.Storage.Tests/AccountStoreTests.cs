using System.Text;
using Viva.Core.Accounts;
using Viva.Core.Import;
using Viva.Core.Linking;
using Viva.Core.Storage;
using Viva.Storage.Postgres;
using Viva.Storage.Sqlite;
using Viva.Storage.Tests.Support;

namespace Viva.Storage.Tests;

/// <summary>Accounts, invites, tokens, lockout, and which documents each account's view of the bank holds, in both stores.</summary>
public sealed class AccountStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private TestBank? _bank;
    private IBankStore? _opened;

    public void Dispose() => _bank?.Dispose();

    private IAccountStore Open(string kind)
    {
        _bank = new TestBank(kind);
        _opened = _bank.Open();
        return (IAccountStore)_opened;
    }

    /// <summary>The bank as <paramref name="viewer"/> sees it (null: the shared view), as the web app lends it per request.</summary>
    private IBankStore View(string? viewer)
    {
        switch (_opened)
        {
            case SqliteQuestionStore sqlite:
                sqlite.Viewer = viewer;
                return sqlite;
            case PostgresQuestionStore postgres:
                return postgres.ForViewer(viewer);
            default:
                throw new InvalidOperationException("no bank opened");
        }
    }

    private static UserAccount User(string id, string name, UserRole role = UserRole.Learner) => new(id, name, "hash-" + id, role, Now);

    private async Task ImportAsync(string? viewer, string source, string markdown) =>
        await new ImportService(View(viewer), new DuplicateLinker(), TimeProvider.System)
            .ImportAsync([new ImportDocument(source, Encoding.UTF8.GetBytes(markdown))], dryRun: false);

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Refuse_A_Second_Account_Of_The_Same_Name_In_Any_Case(string kind)
    {
        // Given
        var store = Open(kind);
        Assert.Equal(AddUserResult.Added, await store.AddUserAsync(User("a", "Alice"), null, Now));

        // When
        var second = await store.AddUserAsync(User("b", "alice"), null, Now);

        // Then
        Assert.Equal(AddUserResult.NameTaken, second);
        Assert.Equal(1, await store.CountUsersAsync());
        Assert.Equal("a", (await store.FindUserByNameAsync("ALICE"))!.Id);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Use_An_Invite_Once_And_Never_After_It_Expires(string kind)
    {
        // Given
        var store = Open(kind);
        await store.AddUserAsync(User("admin", "root", UserRole.Admin), null, Now);
        await store.AddInviteAsync("h1", UserRole.Learner, "admin", Now, Now.AddDays(1));
        await store.AddInviteAsync("h2", UserRole.Learner, "admin", Now, Now.AddDays(1));

        // When
        var first = await store.AddUserAsync(User("b", "bob"), "h1", Now);
        var again = await store.AddUserAsync(User("c", "carol"), "h1", Now);
        var late = await store.AddUserAsync(User("d", "dave"), "h2", Now.AddDays(2));
        var unknown = await store.AddUserAsync(User("e", "eve"), "nope", Now);

        // Then
        Assert.Equal(AddUserResult.Added, first);
        Assert.Equal([AddUserResult.InviteInvalid, AddUserResult.InviteInvalid, AddUserResult.InviteInvalid], [again, late, unknown]);
        Assert.Equal(["bob", "root"], (await store.GetUsersAsync()).Select(u => u.Name));
        Assert.False(await store.IsInviteValidAsync("h1", Now));
        Assert.True(await store.IsInviteValidAsync("h2", Now));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Lock_After_The_Last_Allowed_Failure_And_Clear_On_Success(string kind)
    {
        // Given
        var store = Open(kind);
        await store.AddUserAsync(User("a", "alice"), null, Now);

        // When
        for (var i = 0; i < 4; i++)
        {
            await store.RecordFailedLoginAsync("a", 5, Now.AddMinutes(15));
        }

        var beforeLock = await store.FindUserAsync("a");
        await store.RecordFailedLoginAsync("a", 5, Now.AddMinutes(15));
        var locked = await store.FindUserAsync("a");
        await store.RecordSuccessfulLoginAsync("a");

        // Then
        Assert.Equal((4, (DateTimeOffset?)null), (beforeLock!.FailedLogins, beforeLock.LockedUntil));
        Assert.Equal((0, (DateTimeOffset?)Now.AddMinutes(15)), (locked!.FailedLogins, locked.LockedUntil));
        Assert.Null((await store.FindUserAsync("a"))!.LockedUntil);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Find_A_Token_Owner_By_Hash_Until_Revoked_Or_Disabled(string kind)
    {
        // Given
        var store = Open(kind);
        await store.AddUserAsync(User("a", "alice"), null, Now);
        await store.AddUserAsync(User("b", "bob"), null, Now);
        var id = await store.AddApiTokenAsync("a", "laptop", Secrets.Hash("secret"), Now);

        // When
        var owner = await store.UseApiTokenAsync(Secrets.Hash("secret"), Now.AddHours(1));
        var revokedByOther = await store.DeleteApiTokenAsync("b", id);

        // Then
        Assert.Equal("a", owner!.Id);
        Assert.False(revokedByOther);
        Assert.Equal(Now.AddHours(1), Assert.Single(await store.GetApiTokensAsync("a")).LastUsed);
        await store.SetDisabledAsync("a", true);
        Assert.Null(await store.UseApiTokenAsync(Secrets.Hash("secret"), Now));
        await store.SetDisabledAsync("a", false);
        Assert.True(await store.DeleteApiTokenAsync("a", id));
        Assert.Null(await store.UseApiTokenAsync(Secrets.Hash("secret"), Now));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Keep_Open_Sign_Up_Off_Until_Turned_On(string kind)
    {
        var store = Open(kind);

        Assert.False(await store.GetOpenSignUpAsync());
        await store.SetOpenSignUpAsync(true);
        Assert.True(await store.GetOpenSignUpAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Show_An_Owned_Document_To_Its_Owner_Alone(string kind)
    {
        // Given: a shared document, and one document of each account
        Open(kind);
        await ImportAsync(null, "shared.md", "## What is a shared bias term?\n\nAn offset.\n");
        await ImportAsync("a", "~alice/a.md", "## What does alice's zebra regulariser do?\n\nIt shrinks.\n");
        await ImportAsync("b", "~bob/b.md", "## What does bob's walrus optimiser do?\n\nIt descends.\n");

        // When
        var alice = View("a");
        var listed = (await alice.ListAsync(new QuestionFilter())).Select(q => q.Question.Source).Distinct().ToList();
        var sources = (await alice.GetSourcesAsync()).Select(s => s.Source).ToList();
        var walrus = await alice.SearchAsync("walrus", 10);
        var zebra = await alice.SearchAsync("zebra", 10);
        var bobsId = (await alice.GetHiddenIdsAsync()).Single();
        var shown = await alice.FindAsync(bobsId);
        var cards = (await alice.GetCardsAsync("a")).Select(c => c.CardId).ToList();
        var fresh = await alice.GetNewAsync("a", 10_000, new QuestionFilter());

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

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Give_The_Shared_View_No_Account_Documents(string kind)
    {
        // Given
        Open(kind);
        await ImportAsync("a", "~alice/a.md", "## What does alice's zebra regulariser do?\n\nIt shrinks.\n");

        // When
        var shared = View(null);
        var zebra = await shared.SearchAsync("zebra", 10);

        // Then
        Assert.Empty(zebra);
        Assert.Empty(await shared.GetSourcesAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Should_Count_Only_The_Documents_A_Viewer_Sees_In_Asked_In(string kind)
    {
        // Given: one question asked in two shared documents, then in two of alice's and one of bob's
        Open(kind);
        const string Question = "## What is gradient clipping?\n\nCapping the gradient norm.\n";
        await ImportAsync(null, "one.md", Question);
        await ImportAsync(null, "two.md", Question);
        await ImportAsync("a", "~alice/a.md", Question);
        await ImportAsync("a", "~alice/b.md", Question);
        await ImportAsync("b", "~bob/b.md", Question);
        var cluster = (await View("a").ListAsync(new QuestionFilter { Source = "~alice/a.md" })).Single().Cluster;

        // When
        var alice = await View("a").GetDocumentCountAsync(cluster);
        var bob = await View("b").GetDocumentCountAsync(cluster);
        var carol = await View("c").GetDocumentCountAsync(cluster);
        var local = await View(null).GetDocumentCountAsync(cluster);

        // Then
        Assert.Equal((4, 3, 2, 2), (alice, bob, carol, local));
    }
}
