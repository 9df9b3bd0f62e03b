"""Fixed catalogues the seeded organization is drawn from."""

from __future__ import annotations

ORG_ID = "org_123456"
ORG_NAME = "Acme Corporation"
ORG_TIMEZONE = "America/New_York"
WORKDAY_START = (9, 0)
WORKDAY_END = (17, 30)
EMAIL_DOMAIN = "acme.example"

FIRST_NAMES = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Lisa Daniel Nancy "
    "Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily "
    "Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah "
    "Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Amy "
    "Jacob Kathleen Gary Angela Nicholas Shirley Eric Brenda Jonathan Emma Larry Anna "
    "Justin Pamela Scott Nicole Brandon Samantha Benjamin Katherine Samuel Christine Raymond "
    "Helen Gregory Debra Frank Rachel Alexander Carolyn Patrick Janet Jack Maria Dennis "
    "Olivia Jerry Heather Tyler Diane Aaron Julie Jose Joyce Adam Victoria Nathan Ruth "
    "Priya Wei Fatima Mateo Aisha Kenji Sofia Omar Yuki Lucia Ahmed Ingrid Diego Amara"
).split()

LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez "
    "Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson "
    "White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott "
    "Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter "
    "Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
    "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed "
    "Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray "
    "Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Okafor "
    "Tanaka Kowalski Novak Schmidt Rossi Haddad Ivanova Larsen Dubois"
).split()

# (name, slug, positions with yearly salary)
DEPARTMENTS: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...] = (
    ("Engineering", "engineering", (("Software Engineer", 98000), ("Senior Developer", 120000),
                                    ("QA Analyst", 72000))),
    ("Sales", "sales", (("Account Executive", 68000), ("Sales Associate", 48000))),
    ("Marketing", "marketing", (("Marketing Manager", 65000), ("Content Writer", 52000))),
    ("Operations", "operations", (("Operations Analyst", 61000), ("Warehouse Associate", 39000),
                                  ("Forklift Operator", 42000))),
    ("Finance", "finance", (("Accountant", 70000), ("Payroll Specialist", 58000))),
    ("Human Resources", "human-resources", (("HR Generalist", 57000), ("Recruiter", 55000))),
    ("Customer Support", "customer-support", (("Support Agent", 44000),
                                              ("Support Lead", 56000))),
    ("Facilities", "facilities", (("Facilities Technician", 47000), ("Receptionist", 38000))),
    ("Kitchen", "kitchen", (("Dish Washer", 31000), ("Line Cook", 36000), ("Chef", 52000))),
)

# (id, name, slug, street, city, state, postal, areacode)
LOCATIONS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("301", "Headquarters", "headquarters", "615 Cleveland St.", "New York", "NY", "10001", "212"),
    ("302", "Warehouse", "warehouse", "88 Dock Rd.", "Newark", "NJ", "07105", "973"),
    ("303", "Downtown Store", "downtown-store", "12 Fulton St.", "Brooklyn", "NY", "11201",
     "718"),
)

# (id, name, location name, battery, online, gateway, attendance lock, legacy firmware)
LOCKS: tuple[tuple[str, str, str, int, bool, bool, bool, bool], ...] = (
    ("lock_101", "Front door", "Headquarters", 86, True, True, True, False),
    ("lock_102", "Staff entrance", "Headquarters", 64, True, True, True, False),
    ("lock_103", "Server room", "Headquarters", 17, True, True, False, False),
    ("lock_104", "Storage", "Headquarters", 52, True, False, False, False),
    ("lock_105", "Warehouse door", "Warehouse", 71, True, True, True, False),
    ("lock_106", "Loading dock", "Warehouse", 9, False, True, False, True),
    ("lock_107", "Store entrance", "Downtown Store", 93, True, True, True, False),
    ("lock_108", "Roof access", "Headquarters", 40, True, False, False, True),
)
# Extra locks when a bigger data set asks for more than the catalogue has.
EXTRA_LOCK_NAMES = ("Meeting room", "Office 2F", "Office 3F", "Archive", "Parking gate", "Lab")

ACCESS_METHODS = ("fingerprint", "card", "passcode", "app", "key", "gateway", "face")
PERSONAL_METHODS = ("fingerprint", "card", "passcode", "app", "face")
AREA_CODES = ("212", "646", "718", "917", "201", "973", "347", "516")
STREETS = ("Main St.", "Oak Ave.", "Maple Dr.", "Park Pl.", "Cedar Ln.", "Elm St.", "Hudson St.")
CITIES = (("New York", "NY", "10001"), ("Brooklyn", "NY", "11201"), ("Jersey City", "NJ", "07302"),
          ("Newark", "NJ", "07105"), ("Hoboken", "NJ", "07030"), ("Queens", "NY", "11101"))
OPEN_JOBS = ("Saturday inventory", "Kitchen deep clean", "Quarterly audit prep")
