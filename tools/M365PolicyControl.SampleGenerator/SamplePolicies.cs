using static M365PolicyControl.SampleGenerator.B;

namespace M365PolicyControl.SampleGenerator;

/// <summary>The sample policies, written for this project (Contoso Health is fictitious).</summary>
internal static class SamplePolicies
{
    public const string Owner1 = "olivia.owner@contoso.onmicrosoft.com";
    public const string Owner2 = "oscar.owner@contoso.onmicrosoft.com";

    private static readonly string[] RoleHeaders = ["Role", "Responsibility"];

    public static IEnumerable<SampleDocument> All()
    {
        yield return new SampleDocument
        {
            PolicyId = "POL-SM-001", Title = "Security Management and Risk Analysis Policy", Kind = "Policy",
            SafeguardArea = "Administrative", Owner = Owner1, BackupOwner = Owner2,
            Requirements = ["164.308(a)(1)(i)", "164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(C)", "164.308(a)(1)(ii)(D)", "164.308(a)(2)", "164.308(a)(8)"],
            Body =
            [
                H1("Purpose"),
                P("Contoso Health runs a security management process to prevent, detect, contain and correct security violations affecting electronic protected health information (ePHI), as 45 CFR 164.308(a)(1)(i) requires."),
                H1("Scope"),
                P("Every system, vendor-hosted service and workforce member that creates, receives, maintains or transmits ePHI on behalf of Contoso Health."),
                H1("Policy"),
                H2("Risk analysis and risk management"),
                P("The Security Officer conducts an enterprise risk analysis at least once a year and whenever a new clinical system, site or hosting arrangement is introduced (§164.308(a)(1)(ii)(A)). The analysis inventories where ePHI lives, the threats and vulnerabilities to it, existing controls, and the likelihood and impact of each risk."),
                P("Risks rated high or critical receive a treatment plan with an owner and a target date; the plan is tracked to closure in the risk register and reported to the Compliance Committee each quarter (§164.308(a)(1)(ii)(B))."),
                H2("Sanctions"),
                P("Workforce members who fail to comply with security policies and procedures are sanctioned in proportion to the violation, from retraining to termination, under the HR disciplinary process. Sanctions are recorded in the personnel file (§ 164.308(a)(1)(ii)(C))."),
                H2("Information system activity review"),
                P("System owners review audit logs, access reports and security incident tracking reports on the schedule in the table below, per 45 C.F.R. § 164.308(a)(1)(ii)(D)."),
                Table(["System class", "Review frequency", "Reviewer"],
                    ["Electronic health record", "Weekly", "EHR application owner"],
                    ["Microsoft 365 and identity", "Weekly", "IT security analyst"],
                    ["Network and firewalls", "Monthly", "Network lead"]),
                H2("Assigned security responsibility"),
                P("The Chief Executive Officer designates one Security Officer who is accountable for developing and implementing the security program (164.308(a)(2)). The designation and any change to it are recorded in writing."),
                H2("Evaluation"),
                P("The Security Officer performs a technical and non-technical evaluation of the program every year and after significant environmental or operational changes, and reports the findings to the Compliance Committee (45 CFR 164.308(a)(8))."),
                H1("Roles and responsibilities"),
                Table(RoleHeaders,
                    ["Security Officer", "Owns the risk analysis, the risk register and the annual evaluation."],
                    ["System owners", "Review activity on their systems and treat the risks assigned to them."],
                    ["Human Resources", "Applies and records sanctions."]),
                H1("Enforcement"),
                P("Exceptions to this policy require a written request approved by the Security Officer and expire after at most twelve months."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-WF-001", Title = "Workforce Security and Information Access Policy", Kind = "Policy",
            SafeguardArea = "Administrative", Owner = Owner1, BackupOwner = Owner2,
            Requirements = ["164.308(a)(3)(i)", "164.308(a)(3)(ii)(A)", "164.308(a)(3)(ii)(B)", "164.308(a)(3)(ii)(C)", "164.308(a)(4)(i)", "164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)"],
            ImplementingProcedures = ["PRC-AC-001"],
            Body =
            [
                H1("Purpose"),
                P("This policy makes sure that workforce members have the access to ePHI that their job requires and no more, and that access ends when the need ends (§164.308(a)(3)(i) and §164.308(a)(4)(i))."),
                H1("Policy"),
                H2("Authorization and supervision"),
                P("Managers authorize access for their staff and supervise workforce members who work with ePHI or in locations where it may be accessed (164.308(a)(3)(ii)(A))."),
                H2("Workforce clearance"),
                P("Before access is granted, Human Resources confirms that a background check appropriate to the role has been completed (164.308(a)(3)(ii)(B))."),
                H2("Termination"),
                P("When employment or an engagement ends, accounts are disabled on the last working day and badges and devices are collected (164.308(a)(3)(ii)(C)). Involuntary terminations are disabled immediately."),
                H2("Access authorization, establishment and modification"),
                P("Access is granted by role, documented in an access request, and reviewed when a workforce member changes role; see 45 CFR 164.308(a)(4)(ii)(B)-(C). The Access Provisioning Procedure (PRC-AC-001) implements these rules."),
                Bullets(
                    "Each role has a documented access profile maintained by the system owner.",
                    "Access beyond the profile needs the system owner's approval in the request.",
                    "Managers recertify their staff's access every six months."),
                H1("Roles and responsibilities"),
                Table(RoleHeaders,
                    ["Manager", "Requests and recertifies access; supervises staff."],
                    ["Human Resources", "Clearance checks; notifies IT of starters, movers and leavers."],
                    ["IT service desk", "Creates, changes and disables accounts as requested."]),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-AT-001", Title = "Security Awareness and Training Policy", Kind = "Policy",
            SafeguardArea = "Administrative", Owner = Owner1, BackupOwner = Owner2,
            Requirements = ["164.308(a)(5)(i)", "164.308(a)(5)(ii)(A)", "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)", "164.308(a)(5)(ii)(D)"],
            Body =
            [
                H1("Purpose"),
                P("All members of the workforce, including management, complete security awareness training (45 CFR 164.308(a)(5)(i))."),
                H1("Policy"),
                Bullets(
                    "New workforce members complete training within 30 days of starting and before receiving remote access.",
                    "Everyone completes refresher training every year; completion is tracked in the learning system.",
                    "The Security Officer publishes monthly security reminders and phishing exercises (§164.308(a)(5)(ii)(A)).",
                    "Endpoints run managed anti-malware with automatic updates; staff report suspected malware to the service desk (§164.308(a)(5)(ii)(B)).",
                    "Failed log-in attempts are monitored and repeated failures are investigated (§164.308(a)(5)(ii)(C)).",
                    "Passwords follow the identity standard: at least 14 characters, no reuse, and multi-factor authentication for remote and privileged access (§164.308(a)(5)(ii)(D))."),
                H1("Records"),
                P("Training completion records are kept for six years."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-IR-001", Title = "Security Incident Response Policy", Kind = "Policy",
            SafeguardArea = "Administrative", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.308(a)(6)(i)", "164.308(a)(6)(ii)"],
            ImplementingProcedures = ["PRC-IR-001"],
            Body =
            [
                H1("Purpose"),
                P("Contoso Health identifies and responds to suspected or known security incidents, mitigates their harmful effects where practicable, and documents incidents and their outcomes (45 C.F.R. § 164.308(a)(6)(i)-(ii))."),
                H1("Policy"),
                Bullets(
                    "Every workforce member reports a suspected incident to the service desk at once, by phone or through the incident form.",
                    "The Security Officer classifies each report within four hours and leads the response for incidents classified as moderate or higher.",
                    "Incidents involving possible breach of unsecured PHI are referred to the Privacy Officer for breach assessment.",
                    "Every incident is recorded with its timeline, impact, actions and lessons learned."),
                H1("Severity levels"),
                Table(["Severity", "Example", "Response target"],
                    ["Low", "Single phishing e-mail reported, not clicked", "Next business day"],
                    ["Moderate", "Malware contained on one workstation", "4 hours"],
                    ["High", "Compromised account with ePHI access", "1 hour"],
                    ["Critical", "Ransomware or confirmed exfiltration", "Immediately"]),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-CP-001", Title = "Contingency Planning Policy", Kind = "Policy",
            SafeguardArea = "Administrative", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.308(a)(7)(i)", "164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(C)", "164.308(a)(7)(ii)(D)"],
            ImplementingProcedures = ["PRC-CP-001"],
            Body =
            [
                H1("Purpose"),
                P("This policy establishes how Contoso Health responds to an emergency or other occurrence that damages systems containing ePHI (§ 164.308(a)(7)(i))."),
                H1("Policy"),
                H2("Data backup"),
                P("Exact, retrievable copies of ePHI are created daily and kept in a separate region (164.308(a)(7)(ii)(A)); the Backup and Restore Procedure (PRC-CP-001) sets out how."),
                H2("Disaster recovery and emergency mode"),
                P("IT maintains a disaster recovery plan to restore lost data and an emergency mode operation plan so that critical processes that protect ePHI continue during an emergency, see 45 CFR 164.308(a)(7)(ii)(B)-(C)."),
                H2("Testing and revision"),
                P("Restores are tested quarterly and the recovery plans are exercised once a year; findings revise the plans (164.308(a)(7)(ii)(D))."),
                H1("Recovery objectives"),
                Table(["System", "Recovery time objective", "Recovery point objective"],
                    ["Electronic health record", "8 hours", "1 hour"],
                    ["Scheduling and billing", "24 hours", "24 hours"],
                    ["File shares and e-mail", "48 hours", "24 hours"]),
            ],
        };
    }
}
