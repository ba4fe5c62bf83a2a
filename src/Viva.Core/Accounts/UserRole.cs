namespace Viva.Core.Accounts;

/// <summary>What an account may do on a server: learners study, admins also invite and disable users.</summary>
public enum UserRole
{
    /// <summary>Studies their own cards and imports.</summary>
    Learner,

    /// <summary>A learner who also manages accounts.</summary>
    Admin,
}

/// <summary>How every store writes a role (<c>admin</c>, <c>learner</c>), as its tables' CHECK constraints allow.</summary>
public static class UserRoleNames
{
    /// <summary>The stored name of <paramref name="role"/>.</summary>
    public static string ToName(this UserRole role) => role == UserRole.Admin ? "admin" : "learner";

    /// <summary>The role a stored name means; anything but <c>admin</c> is a learner.</summary>
    public static UserRole Parse(string name) => name == "admin" ? UserRole.Admin : UserRole.Learner;
}
