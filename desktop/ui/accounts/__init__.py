"""The Accounts and Departments-and-locations pages, their forms and the terminate
dialog; the controller checks the account rules before anything is queued."""
