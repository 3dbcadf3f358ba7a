namespace OmicsBridge.Governance.Consent;

/// <summary>What <see cref="GovernedViewInstaller.Install"/> set up: the views, and how many patients consent excluded (not who).</summary>
public sealed record GovernedInstallation(GovernedViewPlan Plan, ConsentSummary Consent);
