namespace Viva.Core.Accounts;

/// <summary>What an account may do on a server: learners study, admins also invite and disable users.</summary>
public enum UserRole
{
    /// <summary>Studies their own cards and imports.</summary>
    Learner,

    /// <summary>A learner who also manages accounts.</summary>
    Admin,
}
