using static M365PolicyControl.SampleGenerator.B;

namespace M365PolicyControl.SampleGenerator;

/// <summary>The sample policies for physical, technical and documentation safeguards.</summary>
internal static class SamplePolicies2
{
    private const string Owner1 = SamplePolicies.Owner1;
    private const string Owner2 = SamplePolicies.Owner2;

    public static IEnumerable<SampleDocument> All()
    {
        yield return new SampleDocument
        {
            PolicyId = "POL-FW-001", Title = "Facility and Workstation Security Policy", Kind = "Policy",
            SafeguardArea = "Physical", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.310(a)(1)", "164.310(a)(2)(i)", "164.310(a)(2)(ii)", "164.310(a)(2)(iii)", "164.310(b)", "164.310(c)"],
            Body =
            [
                H1("Purpose"),
                P("Physical access to facilities and workstations that hold ePHI is limited to authorized people while properly authorized access remains possible (45 CFR 164.310(a)(1))."),
                H1("Facility access"),
                Bullets(
                    "Clinics and the data room keep a facility security plan that describes doors, badge readers, alarms and visitor handling (164.310(a)(2)(ii)).",
                    "Badge access is granted by role and validated against the HR roster every quarter; visitors sign in and are escorted (164.310(a)(2)(iii)).",
                    "During an emergency, the facilities manager may admit recovery staff to restore data under the contingency plan (164.310(a)(2)(i))."),
                H1("Workstations"),
                P("Workstations are used for Contoso Health business only, positioned so that screens are not visible to the public, and locked when unattended (§164.310(b)). Physical safeguards such as cable locks and locked rooms protect workstations in shared areas (§164.310(c))."),
                Table(["Location", "Safeguard"],
                    ["Reception", "Privacy screens; automatic lock after 5 minutes"],
                    ["Exam rooms", "Wall-mounted, locked cabinet for the computer"],
                    ["Data room", "Badge and PIN; camera at the door"]),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-DM-001", Title = "Device and Media Controls Policy", Kind = "Policy",
            SafeguardArea = "Physical", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.310(d)(1)", "164.310(d)(2)(i)", "164.310(d)(2)(ii)", "164.310(d)(2)(iii)", "164.310(d)(2)(iv)"],
            ImplementingProcedures = ["PRC-DM-001", "PRC-CP-001"],
            Body =
            [
                H1("Purpose"),
                P("This policy governs the receipt and removal of hardware and electronic media that contain ePHI into, out of and within Contoso Health facilities (§164.310(d)(1))."),
                H1("Policy"),
                H2("Disposal and re-use"),
                P("Media holding ePHI are wiped or destroyed before disposal, and wiped before they are re-used or reissued, as 164.310(d)(2)(i)-(ii) require. The Media Disposal Procedure (PRC-DM-001) gives the steps."),
                H2("Accountability"),
                P("IT keeps an asset register that records each device and removable medium, who holds it, and every movement (§ 164.310(d)(2)(iii))."),
                H2("Backup before moving equipment"),
                P("Before equipment holding ePHI is moved, a retrievable copy of the data is made when needed (§ 164.310(d)(2)(iv))."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-AC-001", Title = "Access Control and Audit Policy", Kind = "Policy",
            SafeguardArea = "Technical", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.312(a)(1)", "164.312(a)(2)(i)", "164.312(a)(2)(ii)", "164.312(a)(2)(iii)", "164.312(a)(2)(iv)", "164.312(b)", "164.312(d)"],
            ImplementingProcedures = ["PRC-AC-001"],
            Body =
            [
                H1("Purpose"),
                P("Systems that hold ePHI allow access only to people and software programs that have been granted access rights, as 45 CFR 164.312(a)(1) requires."),
                H1("Technical controls"),
                Table(["Control", "Requirement", "Standard applied"],
                    ["Unique user identification", "164.312(a)(2)(i)", "One named account per person; shared accounts are prohibited."],
                    ["Emergency access", "164.312(a)(2)(ii)", "Two sealed break-glass accounts per EHR tenant, checked monthly."],
                    ["Automatic logoff", "164.312(a)(2)(iii)", "Sessions lock after 15 minutes of inactivity."],
                    ["Encryption at rest", "164.312(a)(2)(iv)", "Laptops, phones and databases are encrypted with AES-256."]),
                H1("Audit controls"),
                P("Systems record who accessed ePHI, what they did and when; logs are kept for at least one year and protected from change (45 CFR 164.312(b))."),
                H1("Authentication"),
                P("Every person or entity seeking access is authenticated; multi-factor authentication is required for remote access, administrators and cloud services (45 CFR 164.312(d))."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-IT-001", Title = "Data Integrity and Transmission Security Policy", Kind = "Policy",
            SafeguardArea = "Technical", Owner = Owner2, BackupOwner = Owner1,
            Requirements = ["164.312(c)(1)", "164.312(e)(1)", "164.312(e)(2)(i)", "164.312(e)(2)(ii)"],
            Body =
            [
                H1("Purpose"),
                P("ePHI is protected from improper alteration or destruction (§164.312(c)(1)) and from unauthorized access while it travels over networks (§164.312(e)(1))."),
                H1("Policy"),
                Bullets(
                    "Only authorized applications and interfaces may change clinical records; database changes outside them need a change ticket.",
                    "Data in transit uses TLS 1.2 or later; e-mail containing ePHI leaves the organization only through the encrypted message service (§164.312(e)(2)(ii)).",
                    "Interfaces to labs and payers use message integrity checks so that corruption or tampering in transit is detected (§164.312(e)(2)(i))."),
            ],
        };

        yield return new SampleDocument
        {
            PolicyId = "POL-DR-001", Title = "Security Documentation and Retention Policy", Kind = "Policy",
            SafeguardArea = "Documentation", Owner = Owner1, BackupOwner = Owner2, ReviewCadenceMonths = 24,
            Requirements = ["164.316(a)", "164.316(b)(1)", "164.316(b)(2)(i)", "164.316(b)(2)(ii)", "164.316(b)(2)(iii)"],
            Body =
            [
                H1("Purpose"),
                P("Contoso Health implements reasonable and appropriate security policies and procedures (Section 164.316(a)) and keeps them, and the actions and assessments they require, in written form (Section 164.316(b)(1))."),
                H1("Policy"),
                Steps(
                    "Policies and procedures live in the controlled Security Policies library; the approved, stamped version is the only authoritative copy.",
                    "Each document is kept for six years from its creation or the date it was last in effect, whichever is later (164.316(b)(2)(i)).",
                    "Documents are available to the people who carry out the procedures through the intranet (164.316(b)(2)(ii)).",
                    "Owners review their documents on the set cadence and after changes to operations or the environment (164.316(b)(2)(iii))."),
                H1("Document types"),
                Table(["Type", "Approved by", "Review cadence"],
                    ["Policy", "Compliance Committee", "12 months"],
                    ["Procedure", "Security Officer", "12 months"],
                    ["Plan", "Security Officer", "12 months"]),
            ],
        };
    }
}
