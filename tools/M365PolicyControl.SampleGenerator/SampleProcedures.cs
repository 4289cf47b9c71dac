using static M365PolicyControl.SampleGenerator.B;

namespace M365PolicyControl.SampleGenerator;

/// <summary>The sample procedures: each has the sections Trigger, Roles, Steps and Evidence.</summary>
internal static class SampleProcedures
{
    private const string Owner1 = SamplePolicies.Owner1;
    private const string Owner2 = SamplePolicies.Owner2;
    private static readonly string[] RoleHeaders = ["Role", "What they do"];

    public static IEnumerable<SampleDocument> All()
    {
        yield return new SampleDocument
        {
            PolicyId = "PRC-AC-001", Title = "Access Provisioning Procedure", Kind = "Procedure",
            SafeguardArea = "Administrative", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.308(a)(3)(ii)(A)", "164.308(a)(3)(ii)(C)", "164.308(a)(4)(ii)(B)", "164.308(a)(4)(ii)(C)", "164.312(a)(2)(i)", "164.312(d)"],
            Body =
            [
                H1("Purpose"),
                P("How accounts and access to ePHI systems are requested, approved, created, changed and removed, implementing §164.308(a)(4)(ii)(B) and (C), §164.308(a)(3)(ii)(A) and (C), and 45 CFR 164.312(a)(2)(i) and 164.312(d)."),
                H1("Trigger"),
                Bullets(
                    "HR records a new starter, a role change or a leaver in the HR system.",
                    "A manager submits an access request for additional access.",
                    "The six-monthly access recertification finds access that is no longer needed."),
                H1("Roles"),
                Table(RoleHeaders,
                    ["Manager", "Submits and approves the request for their staff."],
                    ["System owner", "Approves access outside the role profile."],
                    ["IT service desk", "Creates, changes or disables the account and closes the ticket."]),
                H1("Steps"),
                Steps(
                    "The manager opens an access request naming the person, the role profile and any additional access with a reason.",
                    "The service desk checks that HR has confirmed clearance and that the request is approved; access outside the profile goes to the system owner.",
                    "The service desk creates one named account, enrols multi-factor authentication and assigns the role groups.",
                    "For a role change, access from the previous role is removed on the same day the new access is granted.",
                    "For a leaver, the account is disabled on the last working day, sessions are revoked and the mailbox is converted for the manager.",
                    "The service desk closes the ticket with the groups assigned or removed."),
                H1("Evidence"),
                Bullets(
                    "Closed access request tickets with approvals.",
                    "Identity provider audit log entries for account creation, group changes and disablement.",
                    "Signed recertification reports from managers."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "PRC-IR-001", Title = "Incident Handling Procedure", Kind = "Procedure",
            SafeguardArea = "Administrative", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.308(a)(6)(i)", "164.308(a)(6)(ii)"],
            Body =
            [
                H1("Purpose"),
                P("The steps the service desk and the Security Officer follow for every reported security incident (§ 164.308(a)(6)(i), response and reporting under § 164.308(a)(6)(ii))."),
                H1("Trigger"),
                P("A report from a workforce member, an alert from the monitoring service, or notice from a vendor or patient that ePHI may be at risk."),
                H1("Roles"),
                Table(RoleHeaders,
                    ["Service desk", "Logs the report and gathers first facts."],
                    ["Security Officer", "Classifies, leads containment and closes the incident."],
                    ["Privacy Officer", "Assesses whether a breach of unsecured PHI occurred."]),
                H1("Steps"),
                Steps(
                    "Log the report in the incident queue with the reporter, time, systems and data involved.",
                    "Classify severity using the table in the Security Incident Response Policy and page the Security Officer for moderate or higher.",
                    "Contain: isolate affected devices, disable compromised accounts, and preserve logs and images before changes.",
                    "Eradicate the cause and recover systems from known-good backups where needed.",
                    "Refer possible breaches to the Privacy Officer within one business day.",
                    "Hold a lessons-learned review within ten days and record actions in the risk register."),
                H1("Evidence"),
                Bullets(
                    "Incident record with timeline, classification and closure notes.",
                    "Preserved logs or forensic images, with chain of custody.",
                    "Lessons-learned minutes and the resulting risk register entries."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "PRC-CP-001", Title = "Backup and Restore Procedure", Kind = "Procedure",
            SafeguardArea = "Administrative", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(B)", "164.308(a)(7)(ii)(D)", "164.310(d)(2)(iv)"],
            Body =
            [
                H1("Purpose"),
                P("How backups of ePHI are made, checked and restored, and how restores are tested (164.308(a)(7)(ii)(A), (B) and (D); 164.310(d)(2)(iv))."),
                H1("Trigger"),
                Bullets(
                    "The nightly backup schedule.",
                    "A request to restore data that was lost, corrupted or encrypted.",
                    "The quarterly restore test on the IT calendar.",
                    "Equipment holding ePHI is about to be moved or serviced."),
                H1("Roles"),
                Table(RoleHeaders,
                    ["Backup administrator", "Runs and monitors backups; performs restores."],
                    ["System owner", "Confirms that restored data is complete and usable."]),
                H1("Steps"),
                Steps(
                    "Each morning, check the backup console; re-run failed jobs and open a ticket for any job that fails twice.",
                    "Confirm the off-site copy completed and that immutable retention is set to 35 days.",
                    "For a restore, record the request, restore to an isolated location first, and have the system owner confirm the data before returning it to production.",
                    "Each quarter, restore one clinical system to the test environment and time it against the recovery objectives.",
                    "Before moving equipment, confirm a current backup of its ePHI exists or take one."),
                H1("Evidence"),
                Bullets(
                    "Daily backup reports with the checker's initials.",
                    "Restore tickets with the system owner's confirmation.",
                    "Quarterly restore test records with measured recovery times."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "PRC-DM-001", Title = "Media Disposal and Re-use Procedure", Kind = "Procedure",
            SafeguardArea = "Physical", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.310(d)(2)(i)", "164.310(d)(2)(ii)", "164.310(d)(2)(iii)"],
            Body =
            [
                H1("Purpose"),
                P("How hard drives, phones, USB media and printers that may hold ePHI are wiped, destroyed or reissued (164.310(d)(2)(i)-(iii))."),
                H1("Trigger"),
                P("A device or medium is retired, returned at the end of a lease, sent for repair, or reassigned to another person."),
                H1("Roles"),
                Table(RoleHeaders,
                    ["IT asset coordinator", "Collects devices, updates the asset register and arranges destruction."],
                    ["Certified disposal vendor", "Destroys media and issues certificates."]),
                H1("Steps"),
                Steps(
                    "Collect the device and record its receipt in the asset register.",
                    "For re-use, wipe it with the approved tool using a purge method and verify the wipe report before reissue.",
                    "For disposal, store it in the locked destruction bin until the vendor collects it.",
                    "Match the vendor's certificate of destruction to the asset register and mark the asset destroyed."),
                H1("Evidence"),
                Bullets(
                    "Asset register history for each device.",
                    "Wipe verification reports.",
                    "Certificates of destruction from the vendor."),
            ],
        };
    }
}
