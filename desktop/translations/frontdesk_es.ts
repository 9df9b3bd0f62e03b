<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AccountForm</name>
        <message>
            <location filename="../ui/accounts/account_form.py" line="+58" />
            <source>Edit account</source>
            <translation>Editar cuenta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New account</source>
            <translation>Nueva cuenta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Any form: (212) 555-0100, +1 212 555 0100</source>
            <translation>Cualquier formato: (212) 555-0100, +1 212 555 0100</translation>
        </message>
        <message>
            <location line="+5" />
            <source>NY</source>
            <translation>NY</translation>
        </message>
        <message>
            <location line="+1" />
            <source>10001 or 10001-1234</source>
            <translation>10001 o 10001-1234</translation>
        </message>
        <message>
            <location line="+2" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>AAAA-MM-DD (opcional)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a role</source>
            <translation>Elija un rol</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a department</source>
            <translation>Elija un departamento</translation>
        </message>
        <message>
            <location line="+14" />
            <source>YYYY-MM-DD, not in the future</source>
            <translation>AAAA-MM-DD, no en el futuro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Custom field</source>
            <translation>Campo personalizado</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value (100 characters at most)</source>
            <translation>Valor (100 caracteres como máximo)</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+43" />
            <source>Custom fields</source>
            <translation>Campos personalizados</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Add field</source>
            <translation>Añadir campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove field</source>
            <translation>Quitar campo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employee id</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timezone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locations</source>
            <translation>Ubicaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Job title</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Will be sent as {phone}</source>
            <translation>Se enviará como {phone}</translation>
        </message>
    </context>
    <context>
        <name>AccountRules</name>
        <message>
            <location filename="../services/accounts/rules.py" line="+107" />
            <source>Location {id} no longer exists in WorkTaps. Pick another.</source>
            <translation>La ubicación {id} ya no existe en WorkTaps. Elija otra.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Department {id} no longer exists in WorkTaps. Pick another.</source>
            <translation>El departamento {id} ya no existe en WorkTaps. Elija otro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a first name.</source>
            <translation>Escriba un nombre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a last name.</source>
            <translation>Escriba un apellido.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter an email address or a phone number.</source>
            <translation>Escriba una dirección de correo o un número de teléfono.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep a phone number or an email address: an account needs one of them.</source>
            <translation>Conserve un número de teléfono o una dirección de correo: una cuenta necesita uno de los dos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose at least one location.</source>
            <translation>Elija al menos una ubicación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a department.</source>
            <translation>Elija un departamento.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a role.</source>
            <translation>Elija un rol.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a time zone.</source>
            <translation>Elija una zona horaria.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the last day of work.</source>
            <translation>Escriba el último día de trabajo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a job title.</source>
            <translation>Escriba un puesto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the start date.</source>
            <translation>Escriba la fecha de inicio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Escriba una dirección de correo válida, como nombre@example.com.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a phone number that exists, like (202) 234-5678, or +44 20 7946 0958 with its country code.</source>
            <translation>Escriba un número de teléfono que exista, como (202) 234-5678, o +44 20 7946 0958 con su prefijo de país.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose at least one location from the list.</source>
            <translation>Elija al menos una ubicación de la lista.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a role: Employee, Manager or Owner.</source>
            <translation>Elija un rol: Employee, Manager u Owner.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the start date as a date, like 2026-02-01.</source>
            <translation>Escriba la fecha de inicio como fecha, como 2026-02-01.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The start date cannot be in the future.</source>
            <translation>La fecha de inicio no puede estar en el futuro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a time zone from the list, like America/New_York.</source>
            <translation>Elija una zona horaria de la lista, como America/New_York.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the state as its two-letter code, like NY.</source>
            <translation>Escriba el estado con su código de dos letras, como NY.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the ZIP code as 5 digits, or 5+4 like 10001-1234.</source>
            <translation>Escriba el código postal con 5 dígitos, o 5+4 como 10001-1234.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the last day of work as a date, like 01/20/2026 or 2026-01-20.</source>
            <translation>Escriba el último día de trabajo como fecha, como 01/20/2026 o 2026-01-20.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The last day of work cannot be in the future.</source>
            <translation>El último día de trabajo no puede estar en el futuro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another account already has this email address.</source>
            <translation>Otra cuenta ya tiene esta dirección de correo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Another account already has this phone number.</source>
            <translation>Otra cuenta ya tiene este número de teléfono.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This person manages open jobs ({jobs}); give those jobs to someone else before changing the role.</source>
            <translation>Esta persona gestiona trabajos abiertos ({jobs}); páselos a otra persona antes de cambiar el rol.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Another account already has this email address: {whose}.</source>
            <translation>Otra cuenta ya tiene esta dirección de correo: {whose}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another account already has this phone number: {whose}.</source>
            <translation>Otra cuenta ya tiene este número de teléfono: {whose}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Custom field {key} holds at most 100 characters (it has {length}).</source>
            <translation>El campo personalizado {key} admite como máximo 100 caracteres (tiene {length}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give each custom field a name.</source>
            <translation>Dé un nombre a cada campo personalizado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field {key} is there twice; use each name once.</source>
            <translation>El campo personalizado {key} aparece dos veces; use cada nombre una sola vez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{key} has its own box above; give this custom field another name.</source>
            <translation>{key} tiene su propia casilla arriba; dé otro nombre a este campo personalizado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A job title holds at most 100 characters.</source>
            <translation>Un puesto admite como máximo 100 caracteres.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the birth date as a date, like 1990-12-10.</source>
            <translation>Escriba la fecha de nacimiento como fecha, como 1990-12-10.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The birth date cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the location's name.</source>
            <translation>Escriba el nombre de la ubicación.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A location keeps a name; enter one.</source>
            <translation>Una ubicación conserva un nombre; escriba uno.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This person manages open jobs ({jobs}); give those jobs to someone else before terminating the account.</source>
            <translation>Esta persona gestiona trabajos abiertos ({jobs}); páselos a otra persona antes de dar de baja la cuenta.</translation>
        </message>
    </context>
    <context>
        <name>AccountsController</name>
        <message>
            <location filename="../ui/accounts/controller.py" line="+98" />
            <source>loading WorkTaps accounts</source>
            <translation>la carga de las cuentas de WorkTaps</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Loading WorkTaps accounts…</source>
            <translation>Cargando las cuentas de WorkTaps…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>searching WorkTaps</source>
            <translation>la búsqueda en WorkTaps</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Account {name} created in WorkTaps</source>
            <translation>Cuenta de {name} creada en WorkTaps</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Account {name} updated in WorkTaps</source>
            <translation>Cuenta de {name} actualizada en WorkTaps</translation>
        </message>
        <message>
            <location line="+31" />
            <source>WorkTaps did not answer; the change waits in the outbox.</source>
            <translation>WorkTaps no respondió; el cambio espera en la bandeja de salida.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>sending to WorkTaps</source>
            <translation>el envío a WorkTaps</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Account {name} ended in WorkTaps (last day {day})</source>
            <translation>Cuenta de {name} dada de baja en WorkTaps (último día {day})</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Location {name} saved</source>
            <translation>Ubicación {name} guardada</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <location filename="../ui/accounts/page.py" line="+154" />
            <source>WorkTaps accounts</source>
            <translation>Cuentas de WorkTaps</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Search accounts</source>
            <translation>Buscar cuentas</translation>
        </message>
        <message>
            <location line="-87" />
            <location line="+43" />
            <location line="+45" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+13" />
            <source>Exact email</source>
            <translation>Correo exacto</translation>
        </message>
        <message>
            <location line="-98" />
            <location line="+40" />
            <location line="+59" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="-112" />
            <location line="+49" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="-47" />
            <location line="+57" />
            <source>Employee id</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <location line="-52" />
            <location line="+45" />
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+44" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+43" />
            <source>Locations</source>
            <translation>Ubicaciones</translation>
        </message>
        <message>
            <location line="-41" />
            <location line="+13" />
            <source>Job title</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+12" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Birth date</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Timezone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In WorkTaps since</source>
            <translation>En WorkTaps desde</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Search by name, email, phone or employee id…</source>
            <translation>Buscar por nombre, correo, teléfono o ID de empleado…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Phone, any form</source>
            <translation>Teléfono, cualquier formato</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Field, e.g. jobTitle</source>
            <translation>Campo, p. ej. jobTitle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field</source>
            <translation>Campo personalizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom field's value</source>
            <translation>Valor del campo personalizado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Searches the accounts this console holds, as you type</source>
            <translation>Busca entre las cuentas que guarda esta consola mientras escribe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A filter WorkTaps applies: Search WorkTaps asks it</source>
            <translation>Un filtro que aplica WorkTaps: «Buscar en WorkTaps» se lo pide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search &amp;WorkTaps</source>
            <translation>Buscar en &amp;WorkTaps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show all</source>
            <translation>Mostrar todo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New account…</source>
            <translation>&amp;Nueva cuenta…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Terminate…</source>
            <translation>Dar de &amp;baja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh from WorkTaps</source>
            <translation>Actualizar desde WorkTaps</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+136" />
            <source>Select an account to see it here.</source>
            <translation>Seleccione una cuenta para verla aquí.</translation>
        </message>
        <message>
            <location line="-122" />
            <source>The server's own filters</source>
            <translation>Filtros del propio servidor</translation>
        </message>
        <message>
            <location line="+53" />
            <source>All departments</source>
            <translation>Todos los departamentos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Any location</source>
            <translation>Cualquier ubicación</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%Ln account(s)</source>
            <translation>
                <numerusform>%Ln cuenta</numerusform>
                <numerusform>%Ln cuentas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>%Ln account(s) match the server's filters</source>
            <translation>
                <numerusform>%Ln cuenta coincide con los filtros del servidor</numerusform>
                <numerusform>%Ln cuentas coinciden con los filtros del servidor</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApiAddress</name>
        <message>
            <location filename="../api/_http.py" line="+114" />
            <source>The {service} address is not a valid web address.</source>
            <translation>La dirección de {service} no es una dirección web válida.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The {service} address must not hold a user name or password.</source>
            <translation>La dirección de {service} no debe contener un nombre de usuario ni una contraseña.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The {service} address must start with https:// (plain http:// is allowed only to this computer, such as the sandbox); got {address}.</source>
            <translation>La dirección de {service} debe empezar por https:// (http:// sin cifrar solo se admite hacia este equipo, como el entorno de pruebas); se recibió {address}.</translation>
        </message>
    </context>
    <context>
        <name>ApiError</name>
        <message>
            <location line="+157" />
            <source>{service} sent an answer larger than {megabytes} MB; Front Desk stopped reading it.</source>
            <translation>{service} envió una respuesta de más de {megabytes} MB; Front Desk dejó de leerla.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{service} did not finish answering within {seconds} seconds. Check the network and try again.</source>
            <translation>{service} no terminó de responder en {seconds} segundos. Compruebe la red y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{service} did not answer in time. Check the network and try again.</source>
            <translation>{service} no respondió a tiempo. Compruebe la red y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The connection to {service} is not secure: its certificate is not trusted.</source>
            <translation>La conexión con {service} no es segura: su certificado no es de confianza.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not reach {service}. Check the network connection.</source>
            <translation>No se pudo contactar con {service}. Compruebe la conexión de red.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The connection to {service} was lost. Check the network and try again.</source>
            <translation>Se perdió la conexión con {service}. Compruebe la red y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{service} sent an answer Front Desk cannot read (expected {what}).</source>
            <translation>{service} envió una respuesta que Front Desk no puede leer (se esperaba {what}).</translation>
        </message>
        <message>
            <location filename="../api/errors.py" line="+167" />
            <source>{service}'s hourly request limit is used up; it resets at {when}.</source>
            <translation>El límite de solicitudes por hora de {service} está agotado; se restablece a las {when}.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Check the {field}: {said}</source>
            <translation>Revise el campo «{field}»: {said}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Check the {field}.</source>
            <translation>Revise el campo «{field}».</translation>
        </message>
        <message>
            <location line="+55" />
            <source>WorQ did not accept the partner name and key. Check them under Console › Connections.</source>
            <translation>WorQ no aceptó el nombre y la clave de socio. Revíselos en Consola › Conexiones.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter the dates as YYYY-MM-DD, the start no later than the end ({said}).</source>
            <translation>Escriba las fechas como AAAA-MM-DD, con el inicio no posterior al final ({said}).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{service} refused the request: {reason}.</source>
            <translation>{service} rechazó la solicitud: {reason}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{service} refused the request: no reason given.</source>
            <translation>{service} rechazó la solicitud sin indicar el motivo.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{service} did not accept the API key. Check the key under Console › Connections.</source>
            <translation>{service} no aceptó la clave de API. Revísela en Consola › Conexiones.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The {service} API key may not do this. Ask for a key with more access.</source>
            <translation>La clave de API de {service} no permite hacer esto. Pida una clave con más permisos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{service} has no such record; it may have been removed. Refresh and try again.</source>
            <translation>{service} no tiene ese registro; puede que se haya eliminado. Actualice y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{service} had a problem on its side ({status}). Try again in a few minutes.</source>
            <translation>{service} tuvo un problema por su parte ({status}). Vuelva a intentarlo en unos minutos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{service} gave an answer Front Desk does not expect (status {status}).</source>
            <translation>{service} dio una respuesta que Front Desk no espera (estado {status}).</translation>
        </message>
    </context>
    <context>
        <name>ApiExpected</name>
        <message>
            <location filename="../api/_http.py" line="-132" />
            <source>an answer it could decode</source>
            <translation>una respuesta que pudiera descodificar</translation>
        </message>
        <message>
            <location filename="../api/worktaps.py" line="+74" />
            <source>a list of accounts</source>
            <translation>una lista de cuentas</translation>
        </message>
        <message>
            <location line="+22" />
            <source>an account</source>
            <translation>una cuenta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the new account</source>
            <translation>la cuenta nueva</translation>
        </message>
        <message>
            <location line="+11" />
            <source>the account</source>
            <translation>la cuenta</translation>
        </message>
        <message>
            <location line="+21" />
            <source>a list of departments</source>
            <translation>una lista de departamentos</translation>
        </message>
        <message>
            <location line="+12" />
            <source>a list of locations</source>
            <translation>una lista de ubicaciones</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the new location</source>
            <translation>la ubicación nueva</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the location</source>
            <translation>la ubicación</translation>
        </message>
        <message>
            <location filename="../api/worktime.py" line="+34" />
            <source>a JSON object with "success" and "data"</source>
            <translation>un objeto JSON con "success" y "data"</translation>
        </message>
        <message>
            <location line="+46" />
            <source>the organization</source>
            <translation>la organización</translation>
        </message>
        <message>
            <location line="+17" />
            <source>a list of employees</source>
            <translation>una lista de empleados</translation>
        </message>
        <message>
            <location line="+15" />
            <source>an employee</source>
            <translation>un empleado</translation>
        </message>
        <message>
            <location line="+25" />
            <source>the new employee</source>
            <translation>el empleado nuevo</translation>
        </message>
        <message>
            <location line="+28" />
            <source>the employee</source>
            <translation>el empleado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the deleted employee</source>
            <translation>el empleado eliminado</translation>
        </message>
        <message>
            <location line="+30" />
            <source>attendance records</source>
            <translation>registros de asistencia</translation>
        </message>
        <message>
            <location line="+41" />
            <source>the clock entry</source>
            <translation>el fichaje</translation>
        </message>
        <message>
            <location line="+14" />
            <source>payroll rows</source>
            <translation>filas de nómina</translation>
        </message>
        <message>
            <location line="+13" />
            <source>an Excel (.xlsx) workbook</source>
            <translation>un libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>a list of locks</source>
            <translation>una lista de cerraduras</translation>
        </message>
        <message>
            <location line="+20" />
            <source>a list of lock events</source>
            <translation>una lista de eventos de cerradura</translation>
        </message>
        <message>
            <location filename="../api/worq.py" line="+23" />
            <source>a JSON object with "status", "messages" and "result"</source>
            <translation>un objeto JSON con "status", "messages" y "result"</translation>
        </message>
        <message>
            <location line="+95" />
            <source>employee data</source>
            <translation>datos de empleados</translation>
        </message>
        <message>
            <location line="+16" />
            <source>an access token</source>
            <translation>un token de acceso</translation>
        </message>
    </context>
    <context>
        <name>ApiWebhooks</name>
        <message>
            <location filename="../api/webhooks.py" line="+115" />
            <source>the console's webhook receiver</source>
            <translation>el receptor de webhooks de la consola</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+10" />
            <source>the sandbox</source>
            <translation>el entorno de pruebas</translation>
        </message>
        <message>
            <location line="-7" />
            <source>The sandbox refused the webhook address: {said}</source>
            <translation>El entorno de pruebas rechazó la dirección del webhook: {said}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The sandbox could not send a test event.</source>
            <translation>El entorno de pruebas no pudo enviar un evento de prueba.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Could not reach {what}: {reason}</source>
            <translation>No se pudo contactar con {what}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>AttendanceController</name>
        <message>
            <location filename="../ui/attendance/controller.py" line="+59" />
            <source>loading attendance from {start} to {end}</source>
            <translation>la carga de la asistencia del {start} al {end}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loading attendance {start} to {end}…</source>
            <translation>Cargando la asistencia del {start} al {end}…</translation>
        </message>
        <message>
            <location line="+61" />
            <source>{what}: saved, sending now.</source>
            <translation>{what}: guardado, se envía ahora.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{what}: sent at once.</source>
            <translation>{what}: enviado al instante.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{what}: sent %Ln second(s) after it was saved.</source>
            <translation>
                <numerusform>{what}: enviado %Ln segundo después de guardarse.</numerusform>
                <numerusform>{what}: enviado %Ln segundos después de guardarse.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>WorkTime One could not confirm it.</source>
            <translation>WorkTime One no pudo confirmarlo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{what}: not sent. {why} See the Outbox.</source>
            <translation>{what}: no enviado. {why} Vea la Bandeja de salida.</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <location filename="../ui/attendance/page.py" line="+46" />
            <source>All departments</source>
            <translation>Todos los departamentos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No clock-out</source>
            <translation>Sin fichaje de salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entered through a lock, never clocked in</source>
            <translation>Entró por una cerradura, sin fichar la entrada</translation>
        </message>
        <message>
            <location line="+28" />
            <source>clock-in {time}</source>
            <translation>entrada {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clock-out {time}</source>
            <translation>salida {time}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>on its way</source>
            <translation>en camino</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{problem}: fixed by a correction ({fixed})</source>
            <translation>{problem}: resuelto con una corrección ({fixed})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clock in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clock out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Late</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left early</source>
            <translation>Salió antes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Attendance of the period</source>
            <translation>Asistencia del periodo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Search person…</source>
            <translation>Buscar persona…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search person</source>
            <translation>Buscar persona</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the days of people whose name holds these words</source>
            <translation>Muestra solo los días de las personas cuyo nombre contiene estas palabras</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+53" />
            <source>Any lock</source>
            <translation>Cualquier cerradura</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Problems only</source>
            <translation>Solo problemas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The pre-payroll view: every open problem of the period</source>
            <translation>La vista previa a la nómina: todos los problemas abiertos del periodo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Load period</source>
            <translation>Ca&amp;rgar periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next problem</source>
            <translation>&amp;Siguiente problema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Correct…</source>
            <translation>C&amp;orregir…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Next problem</source>
            <translation>Siguiente problema</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Correct the selected rows (Ctrl+K: a new one)</source>
            <translation>Corregir las filas seleccionadas (Ctrl+K: una nueva)</translation>
        </message>
        <message numerus="yes">
            <location line="+61" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln fila</numerusform>
                <numerusform>%Ln filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln problem(s)</source>
            <translation>
                <numerusform>%Ln problema</numerusform>
                <numerusform>%Ln problemas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditCheck</name>
        <message>
            <location filename="../store/audit.py" line="+330" />
            <source>The signed head of the audit log is missing: rows cannot be shown complete.</source>
            <translation>Falta la cabecera firmada del registro de auditoría: no se puede mostrar que las filas estén completas.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The log was rewritten: row {row} is not the row the signed head recorded.</source>
            <translation>El registro se reescribió: la fila {row} no es la que anotó la cabecera firmada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The audit log is empty.</source>
            <translation>El registro de auditoría está vacío.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>All %n rows are intact.</source>
            <translation>
                <numerusform>La %n fila está intacta.</numerusform>
                <numerusform>Las %n filas están intactas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>the team's log: its database refuses changes and deletions</source>
            <translation>el registro del equipo: su base de datos rechaza cambios y borrados</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+185" />
            <source>not sealed: no keyring on this computer</source>
            <translation>sin sellar: no hay llavero en este equipo</translation>
        </message>
        <message>
            <location line="-97" />
            <source>Row {row} is out of sequence: the log should start at row 1.</source>
            <translation>La fila {row} está fuera de secuencia: el registro debería empezar en la fila 1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Row 1 is missing: the log starts at row {row}.</source>
            <translation>Falta la fila 1: el registro empieza en la fila {row}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Row {row} is missing: row {before} is followed by row {after}.</source>
            <translation>Falta la fila {row}: a la fila {before} le sigue la fila {after}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Row {row} was changed: its {field} is not text.</source>
            <translation>La fila {row} se modificó: su {field} no es texto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Row 1 was changed: the first row's link should be 64 zeros.</source>
            <translation>La fila 1 se modificó: el enlace de la primera fila debería ser 64 ceros.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Row {row} does not link to row {before}: the hash it keeps of the row before is not that row's hash.</source>
            <translation>La fila {row} no enlaza con la fila {before}: el hash que guarda de la fila anterior no es el de esa fila.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The log was rewritten from row {row} on with its hashes recomputed: the rows no longer carry this computer's seal.</source>
            <translation>El registro se reescribió desde la fila {row} con los hashes recalculados: las filas ya no llevan el sello de este equipo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Row {row} was changed after it was written: it no longer matches its hash.</source>
            <translation>La fila {row} se modificó después de escribirse: ya no coincide con su hash.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Rows {first} to {count} were cut from the end and the row counter reset to hide it: the log is empty, but the signed head says {count} rows were written.</source>
            <translation>Se cortaron las filas {first} a {count} del final y se reinició el contador de filas para ocultarlo: el registro está vacío, pero la cabecera firmada dice que se escribieron {count} filas.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rows {first} to {count} were cut from the end and the row counter reset to hide it: the log ends at row {last}, but the signed head says {count} rows were written.</source>
            <translation>Se cortaron las filas {first} a {count} del final y se reinició el contador de filas para ocultarlo: el registro termina en la fila {last}, pero la cabecera firmada dice que se escribieron {count} filas.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>signed head: {head}</source>
            <translation>cabecera firmada: {head}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no signed head</source>
            <translation>sin cabecera firmada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the signed head is not valid</source>
            <translation>la cabecera firmada no es válida</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Row {row} is missing: the log is empty, but rows up to {written} were written.</source>
            <translation>Falta la fila {row}: el registro está vacío, pero se escribieron filas hasta la {written}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Row {row} is missing: the log ends at row {last}, but rows up to {written} were written.</source>
            <translation>Falta la fila {row}: el registro termina en la fila {last}, pero se escribieron filas hasta la {written}.</translation>
        </message>
    </context>
    <context>
        <name>AuditEvents</name>
        <message>
            <location filename="../services/reports/audit_view.py" line="+36" />
            <source>Signed in</source>
            <translation>Inició sesión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A wrong PIN was typed</source>
            <translation>Se escribió un PIN incorrecto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked the console</source>
            <translation>Bloqueó la consola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed another manager's open windows unsaved</source>
            <translation>Cerró sin guardar las ventanas abiertas de otro responsable</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved an export</source>
            <translation>Guardó una exportación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imported from WorQ</source>
            <translation>Importó desde WorQ</translation>
        </message>
    </context>
    <context>
        <name>AuditKey</name>
        <message>
            <location filename="../services/keyring_keys.py" line="+55" />
            <source>The audit log's key in the keyring is damaged: the audit log cannot be sealed. Its rows are still chained; see the log for details.</source>
            <translation>La clave del registro de auditoría en el llavero está dañada: no se puede sellar el registro de auditoría. Sus filas siguen encadenadas; consulte el registro de eventos para más detalles.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../ui/audit/page.py" line="+184" />
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location line="-102" />
            <location line="+97" />
            <location line="+7" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="-109" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{manager} at {desk}</source>
            <translation>{manager} en {desk}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Row {id} · {at} · {manager}</source>
            <translation>Registro {id} · {at} · {manager}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Action: {action}</source>
            <translation>Acción: {action}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subject: {subject}</source>
            <translation>Objeto: {subject}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason: {reason}</source>
            <translation>Motivo: {reason}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome: {outcome}</source>
            <translation>Resultado: {outcome}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payload: {payload}</source>
            <translation>Contenido: {payload}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Before: {before}</source>
            <translation>Antes: {before}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>After: {after}</source>
            <translation>Después: {after}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hash: {hash}</source>
            <translation>Hash: {hash}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous hash: {hash}</source>
            <translation>Hash anterior: {hash}</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+6" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Subject (person or account)</source>
            <translation>Objeto (persona o cuenta)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Subject</source>
            <translation>Objeto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Shows only the records that hold these words</source>
            <translation>Muestra solo los registros que contienen estas palabras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify the chain</source>
            <translation>Verificar la ca&amp;dena</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Select a row to see the record as it is stored.</source>
            <translation>Seleccione una fila para ver el registro tal como está guardado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The selected record as it is stored</source>
            <translation>El registro seleccionado tal como está guardado</translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>%Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln registro</numerusform>
                <numerusform>%Ln registros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Exported %Ln entr(y|ies)</source>
            <translation>
                <numerusform>%Ln registro exportado</numerusform>
                <numerusform>%Ln registros exportados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel files (*.xlsx)</source>
            <translation>Archivos de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the audit log as shown</source>
            <translation>Exportar el registro de auditoría tal como se muestra</translation>
        </message>
        <message>
            <location line="+20" />
            <source>exporting the audit log to {file}</source>
            <translation>la exportación del registro de auditoría a {file}</translation>
        </message>
    </context>
    <context>
        <name>AuditSteps</name>
        <message>
            <location filename="../services/reports/audit_view.py" line="-21" />
            <source>saved</source>
            <translation>guardado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>refused by the service</source>
            <translation>rechazado por el servicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checked after a lost answer</source>
            <translation>comprobado tras una respuesta perdida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sent again</source>
            <translation>enviado de nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>changed after it failed</source>
            <translation>modificado tras fallar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed as landed by the manager</source>
            <translation>confirmado como llegado por el responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>confirmed as not landed by the manager</source>
            <translation>confirmado como no llegado por el responsable</translation>
        </message>
        <message>
            <location line="+3" />
            <source>left for a manager to check</source>
            <translation>pendiente de que lo revise un responsable</translation>
        </message>
    </context>
    <context>
        <name>Board</name>
        <message>
            <location filename="../services/attendance/board.py" line="+32" />
            <source>Not active in WorkTime One</source>
            <translation>No activo en WorkTime One</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In</source>
            <translation>Dentro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left</source>
            <translation>Se fue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not arrived</source>
            <translation>No ha llegado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{status} · Not active in WorkTime One</source>
            <translation>{status} · No activo en WorkTime One</translation>
        </message>
    </context>
    <context>
        <name>Changes</name>
        <message>
            <location filename="../services/changes.py" line="+69" />
            <source>Showing a change ({change}) went wrong. It has been logged.</source>
            <translation>Falló al mostrar un cambio ({change}). Se ha registrado.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionSetupDialog</name>
        <message>
            <location filename="../ui/connections/setup.py" line="+45" />
            <source>Stored in the keyring. Leave empty to keep it.</source>
            <translation>Guardado en el llavero. Deje el campo vacío para conservarlo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test environment</source>
            <translation>Entorno de pruebas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live environment</source>
            <translation>Entorno real</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Paste the key</source>
            <translation>Pegue la clave</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Leave empty to use the environment's address</source>
            <translation>Déjelo vacío para usar la dirección del entorno</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Take WorkTime One's webhooks (arrivals on the board within a second)</source>
            <translation>Recibir los webhooks de WorkTime One (llegadas en el panel en menos de un segundo)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>127.0.0.1: only this computer (a reverse proxy in front forwards to it); 0.0.0.0: every network this computer is on.</source>
            <translation>127.0.0.1: solo este equipo (un proxy inverso delante le reenvía las peticiones); 0.0.0.0: todas las redes a las que está conectado este equipo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>any free port</source>
            <translation>cualquier puerto libre</translation>
        </message>
        <message>
            <location line="+6" />
            <source>From WorkTime One: Settings › Webhooks</source>
            <translation>De WorkTime One: Settings › Webhooks</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Connection name</source>
            <translation>Nombre de la conexión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WorkTime One (locks, attendance)</source>
            <translation>WorkTime One (cerraduras, asistencia)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+7" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+7" />
            <source>API key</source>
            <translation>Clave de API</translation>
        </message>
        <message>
            <location line="-1" />
            <source>WorkTaps (employee accounts)</source>
            <translation>WorkTaps (cuentas de empleados)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>WorQ (HR records, optional)</source>
            <translation>WorQ (expedientes de RR. HH., opcional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Environment</source>
            <translation>Entorno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom address</source>
            <translation>Dirección propia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner name</source>
            <translation>Nombre de socio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer code</source>
            <translation>Código de cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner key</source>
            <translation>Clave de socio</translation>
        </message>
        <message>
            <location line="+5" />
            <source>WorkTime One webhooks (optional)</source>
            <translation>Webhooks de WorkTime One (opcional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Listen on</source>
            <translation>Escuchar en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signing secret</source>
            <translation>Secreto de firma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keys are kept in the system keyring only.</source>
            <translation>Las claves se guardan solo en el llavero del sistema.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Test connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>testing the connections</source>
            <translation>la prueba de las conexiones</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The test could not run: {error}</source>
            <translation>No se pudo hacer la prueba: {error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Webhooks need the signing secret WorkTime One shows under Settings › Webhooks: paste it, or turn webhooks off.</source>
            <translation>Los webhooks necesitan el secreto de firma que WorkTime One muestra en Settings › Webhooks: péguelo o desactive los webhooks.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>the API key</source>
            <translation>la clave de API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the partner name</source>
            <translation>el nombre de socio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the customer code</source>
            <translation>el código de cliente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the partner key</source>
            <translation>la clave de socio</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Not set up.</source>
            <translation>No configurado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not set up: {what} is missing.</source>
            <translation>No configurado: falta {what}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not set up: {first} and {second} are missing.</source>
            <translation>No configurado: faltan {first} y {second}.</translation>
        </message>
    </context>
    <context>
        <name>Connections</name>
        <message>
            <location filename="../services/connections.py" line="+37" />
            <source>writes allowed until refused</source>
            <translation>escritura permitida hasta que se rechace</translation>
        </message>
        <message>
            <location line="+2" />
            <source>free plan</source>
            <translation>plan gratuito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paid plan</source>
            <translation>plan de pago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>enterprise plan</source>
            <translation>plan empresarial</translation>
        </message>
        <message numerus="yes">
            <location line="+33" />
            <source>%Ln requests an hour</source>
            <translation>
                <numerusform>%Ln solicitud por hora</numerusform>
                <numerusform>%Ln solicitudes por hora</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%Ln of {limit} requests left this hour (resets in {minutes} min)</source>
            <translation>
                <numerusform>queda %Ln de {limit} solicitudes esta hora (se restablece en {minutes} min)</numerusform>
                <numerusform>quedan %Ln de {limit} solicitudes esta hora (se restablece en {minutes} min)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+89" />
            <source>This key can only read: writes are turned off.</source>
            <translation>Esta clave solo puede leer: la escritura está desactivada.</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%Ln department(s) · {writes}</source>
            <translation>
                <numerusform>%Ln departamento · {writes}</numerusform>
                <numerusform>%Ln departamentos · {writes}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>partner {partner} · customer {customer} · {environment} environment</source>
            <translation>socio {partner} · cliente {customer} · entorno {environment}</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../startup.py" line="+413" />
            <location filename="../ui/console.py" line="+120" />
            <location filename="../ui/first_frame.py" line="+147" />
            <source>Front Desk (demo)</source>
            <translation>Front Desk (demo)</translation>
        </message>
        <message>
            <location filename="../ui/console.py" line="+23" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locks</source>
            <translation>Cerraduras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Directory</source>
            <translation>Directorio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Departments and locations</source>
            <translation>Departamentos y ubicaciones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connections</source>
            <translation>Conexiones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New &amp;correction…</source>
            <translation>&amp;Nueva corrección…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import from &amp;WorQ…</source>
            <translation>Importar de &amp;WorQ…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shift &amp;handover…</source>
            <translation>&amp;Relevo de turno…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Settings…</source>
            <translation>A&amp;justes…</translation>
        </message>
        <message>
            <location line="+116" />
            <source>Search on this page</source>
            <translation>Buscar en esta página</translation>
        </message>
        <message>
            <location line="+54" />
            <source>no connection is set up.</source>
            <translation>no hay ninguna conexión configurada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Checking the connections…</source>
            <translation>Comprobando las conexiones…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The test event could not be sent: {why}</source>
            <translation>No se pudo enviar el evento de prueba: {why}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>That door opening is no longer in the lock history held here.</source>
            <translation>Esa apertura de puerta ya no está en el historial de la cerradura guardado aquí.</translation>
        </message>
    </context>
    <context>
        <name>Correction</name>
        <message numerus="yes">
            <location filename="../services/attendance/corrections.py" line="+100" />
            <source>%n correction(s) need changes</source>
            <translation>
                <numerusform>%n corrección necesita cambios</numerusform>
                <numerusform>%n correcciones necesitan cambios</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>{manager} queued a clock-in at {time} for {name} on {when} while this was open (Outbox entry {id}). Nothing was queued here: look at theirs first.</source>
            <translation>{manager} puso en cola una entrada a las {time} para {name} el {when} mientras esto estaba abierto (entrada {id} de la bandeja de salida). Aquí no se puso nada en cola: revise primero la suya.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{manager} queued a clock-out at {time} for {name} on {when} while this was open (Outbox entry {id}). Nothing was queued here: look at theirs first.</source>
            <translation>{manager} puso en cola una salida a las {time} para {name} el {when} mientras esto estaba abierto (entrada {id} de la bandeja de salida). Aquí no se puso nada en cola: revise primero la suya.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Choose a person.</source>
            <translation>Elija una persona.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose clock in or clock out.</source>
            <translation>Elija entrada o salida.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That time is in the future.</source>
            <translation>Esa hora está en el futuro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That is before this person was added to WorkTime One ({when}).</source>
            <translation>Eso es anterior a cuando se añadió a esta persona en WorkTime One ({when}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The day already has this clock-in ({time}).</source>
            <translation>El día ya tiene esta entrada ({time}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The day already has this clock-out ({time}).</source>
            <translation>El día ya tiene esta salida ({time}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A clock-out must come after the day's clock-in ({time}).</source>
            <translation>Una salida debe ser posterior a la entrada del día ({time}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A clock-in must come before the day's clock-out ({time}).</source>
            <translation>Una entrada debe ser anterior a la salida del día ({time}).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>This changes nothing: the day keeps its clock-in at {time} (the earliest counts).</source>
            <translation>Esto no cambia nada: el día conserva su entrada a las {time} (cuenta la más temprana).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This changes nothing: the day keeps its clock-out at {time} (the latest counts).</source>
            <translation>Esto no cambia nada: el día conserva su salida a las {time} (cuenta la más tardía).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This changes nothing: a clock-out before the day's clock-in does not count.</source>
            <translation>Esto no cambia nada: una salida anterior a la entrada del día no cuenta.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose a reason from the list.</source>
            <translation>Elija un motivo de la lista.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say what happened: a note is needed when the reason is Other.</source>
            <translation>Indique qué pasó: se necesita una nota cuando el motivo es Otro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep the note to {limit} characters (it has {length}).</source>
            <translation>La nota debe tener como máximo {limit} caracteres (tiene {length}).</translation>
        </message>
        <message>
            <location line="+97" />
            <source>Clock-in {time} for {name} on {day}</source>
            <translation>Entrada {time} para {name} el {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock-out {time} for {name} on {day}</source>
            <translation>Salida {time} para {name} el {day}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <location filename="../ui/attendance/correction.py" line="+53" />
            <source>Forgot to clock out</source>
            <translation>Olvidó fichar la salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forgot to clock in</source>
            <translation>Olvidó fichar la entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock did not register</source>
            <translation>La cerradura no lo registró</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worked off-site</source>
            <translation>Trabajó fuera de la oficina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Badge or phone problem</source>
            <translation>Problema con la tarjeta o el teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{span}, {hours} h</source>
            <translation>{span}, {hours} h</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no record</source>
            <translation>sin registro</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Left early</source>
            <translation>Salió antes</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Correct clock entries</source>
            <translation>Corregir fichajes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Correct a clock entry</source>
            <translation>Corregir un fichaje</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a name…</source>
            <translation>Escriba un nombre…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Clock out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clock in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No lock</source>
            <translation>Sin cerradura</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What happened, in a few words (required for Other)</source>
            <translation>Qué pasó, en pocas palabras (obligatorio con Otro)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The day as it will be after the entry</source>
            <translation>El día tal como quedará tras la entrada</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>{names} and %Ln more</source>
            <translation>
                <numerusform>{names} y %Ln más</numerusform>
                <numerusform>{names} y %Ln más</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location line="-112" />
            <location line="+112" />
            <location line="+2" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entry</source>
            <translation>Fichaje</translation>
        </message>
        <message>
            <location line="+4" />
            <source>each row's own day</source>
            <translation>el día de cada fila</translation>
        </message>
        <message>
            <location line="-117" />
            <location line="+118" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day ({zone})</source>
            <translation>Día ({zone})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time ({zone})</source>
            <translation>Hora ({zone})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock (optional)</source>
            <translation>Cerradura (opcional)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save and send</source>
            <translation>Guardar y enviar</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Save and send %Ln correction(s)</source>
            <translation>
                <numerusform>Guardar y enviar %Ln corrección</numerusform>
                <numerusform>Guardar y enviar %Ln correcciones</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>The day as it will be after the entry:</source>
            <translation>El día tal como quedará tras la entrada:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Save and send again</source>
            <translation>Guardar y enviar de nuevo</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Required: what happened</source>
            <translation>Obligatorio: qué pasó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened, in a few words (optional)</source>
            <translation>Qué pasó, en pocas palabras (opcional)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>That is {time} on this PC's clock.</source>
            <translation>En el reloj de este PC: {time}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{name}: {message}</source>
            <translation>{name}: {message}</translation>
        </message>
    </context>
    <context>
        <name>CorrectionReason</name>
        <message>
            <location filename="../services/attendance/corrections.py" line="-312" />
            <source>Forgot to clock out</source>
            <translation>Olvidó fichar la salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forgot to clock in</source>
            <translation>Olvidó fichar la entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lock did not register</source>
            <translation>La cerradura no lo registró</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Worked off-site</source>
            <translation>Trabajó fuera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Badge or phone problem</source>
            <translation>Problema con la tarjeta o el teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
    </context>
    <context>
        <name>DateRange</name>
        <message>
            <location filename="../ui/widgets/date_range.py" line="+22" />
            <source>From is after To: choose a From on or before it.</source>
            <translation>«Desde» es posterior a «hasta»: elija una fecha igual o anterior.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <location filename="../demo_managers.py" line="+18" />
            <source>Demo: sign in as {manager} with PIN {pin}.</source>
            <translation>Demo: inicie sesión como {manager} con el PIN {pin}.</translation>
        </message>
    </context>
    <context>
        <name>DirectoryController</name>
        <message>
            <location filename="../ui/directory/controller.py" line="+41" />
            <source>WorkTime One did not answer; the change waits in the outbox.</source>
            <translation>WorkTime One no respondió; el cambio espera en la bandeja de salida.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sending to WorkTime One…</source>
            <translation>Enviando a WorkTime One…</translation>
        </message>
        <message>
            <location line="+74" />
            <source>reading WorkTime One's employees</source>
            <translation>la lectura de los empleados de WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reading WorkTime One's employees…</source>
            <translation>Leyendo los empleados de WorkTime One…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>matching the directory</source>
            <translation>el cotejo del directorio</translation>
        </message>
        <message>
            <location line="+50" />
            <source>{name} will be deactivated in WorkTime One (a soft delete: they no longer count as staff, and can be restored from here). WorkTaps and WorQ are not changed.</source>
            <translation>{name} se desactivará en WorkTime One (un borrado reversible: deja de contar como personal y se puede restaurar desde aquí). WorkTaps y WorQ no cambian.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deactivate {name}</source>
            <translation>Desactivar a {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deactivate in WorkTime One</source>
            <translation>Desactivar en WorkTime One</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Employee {name} deactivated in WorkTime One</source>
            <translation>Empleado {name} desactivado en WorkTime One</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name} will be active in WorkTime One again.</source>
            <translation>{name} volverá a estar activo en WorkTime One.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore {name}</source>
            <translation>Restaurar a {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Restore in WorkTime One</source>
            <translation>Restaurar en WorkTime One</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Employee {name} restored in WorkTime One</source>
            <translation>Empleado {name} restaurado en WorkTime One</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Editing an employee needs a connection to WorkTime One.</source>
            <translation>Editar un empleado necesita una conexión con WorkTime One.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reading the employee</source>
            <translation>la lectura del empleado</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Employee {name} created in WorkTime One</source>
            <translation>Empleado {name} creado en WorkTime One</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Employee {name} updated in WorkTime One</source>
            <translation>Empleado {name} actualizado en WorkTime One</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Sign in again to reveal the salary.</source>
            <translation>Vuelva a iniciar sesión para mostrar el salario.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>sending to WorkTime One</source>
            <translation>el envío a WorkTime One</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/directory/page.py" line="+38" />
            <source>✓ agrees</source>
            <translation>✓ coincide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>— not there</source>
            <translation>— no está</translation>
        </message>
        <message>
            <location line="+2" />
            <source>first record</source>
            <translation>primer registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email</source>
            <translation>correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employee id</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No WorQ records yet (import it with Console › Import from WorQ…): nobody is called missing from WorQ.</source>
            <translation>Aún no hay registros de WorQ (impórtelos con Consola › Importar de WorQ…): no se da a nadie por ausente de WorQ.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No WorkTaps records yet (connect WorkTaps and open Accounts): nobody is called missing from WorkTaps.</source>
            <translation>Aún no hay registros de WorkTaps (conecte WorkTaps y abra Cuentas): no se da a nadie por ausente de WorkTaps.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No WorkTime One records yet (connect WorkTime One): nobody is called missing from WorkTime One.</source>
            <translation>Aún no hay registros de WorkTime One (conecte WorkTime One): no se da a nadie por ausente de WorkTime One.</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+74" />
            <source>no status</source>
            <translation>sin estado</translation>
        </message>
        <message>
            <location line="-52" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Disagreements</source>
            <translation>Discrepancias</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Matched by</source>
            <translation>Enlazado por</translation>
        </message>
        <message>
            <location line="+19" />
            <source>no email</source>
            <translation>sin correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no phone</source>
            <translation>sin teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no department</source>
            <translation>sin departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not there</source>
            <translation>no está</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Matched</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location line="+12" />
            <source>left {day}</source>
            <translation>se fue el {day}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>✓ The three systems agree.</source>
            <translation>✓ Los tres sistemas coinciden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show it on the Locks page</source>
            <translation>Verla en la página Cerraduras</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Disagreements:</source>
            <translation>Discrepancias:</translation>
        </message>
        <message>
            <location line="+26" />
            <source>People in the three systems</source>
            <translation>Personas en los tres sistemas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search by name, email, phone, id or disagreement…</source>
            <translation>Buscar por nombre, correo, teléfono, ID o discrepancia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the directory</source>
            <translation>Buscar en el directorio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only disagreements</source>
            <translation>Solo discrepancias</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+153" />
            <source>Select a person to see them here.</source>
            <translation>Seleccione una persona para verla aquí.</translation>
        </message>
        <message>
            <location line="-145" />
            <source>Create WorkTaps account from WorQ…</source>
            <translation>Crear cuenta de WorkTaps desde WorQ…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terminate WorkTaps account…</source>
            <translation>Dar de baja la cuenta de WorkTaps…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deactivate in WorkTime One…</source>
            <translation>Desactivar en WorkTime One…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore in WorkTime One…</source>
            <translation>Restaurar en WorkTime One…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit WorkTime One employee…</source>
            <translation>Editar empleado de WorkTime One…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New WorkTime One employee…</source>
            <translation>Nuevo empleado de WorkTime One…</translation>
        </message>
        <message numerus="yes">
            <location line="+88" />
            <source>{shown} of %Ln people · {problems} with disagreements</source>
            <translation>
                <numerusform>{shown} de %Ln persona · {problems} con discrepancias</numerusform>
                <numerusform>{shown} de %Ln personas · {problems} con discrepancias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EmployeeForm</name>
        <message>
            <location filename="../ui/directory/employee_form.py" line="+56" />
            <source>Edit WorkTime One employee</source>
            <translation>Editar empleado de WorkTime One</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New WorkTime One employee</source>
            <translation>Nuevo empleado de WorkTime One</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose a department</source>
            <translation>Elija un departamento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <location line="+0" />
            <source>optional, like 65000</source>
            <translation>opcional, como 65000</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+82" />
            <source>Reveal salary</source>
            <translation>Mostrar salario</translation>
        </message>
        <message>
            <location line="-77" />
            <source>{manager}'s PIN</source>
            <translation>PIN de {manager}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>YYYY-MM-DD (optional)</source>
            <translation>AAAA-MM-DD (opcional)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sign in as a manager to reveal the salary.</source>
            <translation>Inicie sesión como responsable para mostrar el salario.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>Correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Salary</source>
            <translation>Salario</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Hide salary</source>
            <translation>Ocultar salario</translation>
        </message>
    </context>
    <context>
        <name>EmployeeRules</name>
        <message>
            <location filename="../services/directory/employees.py" line="+89" />
            <source>Keep the name to {limit} characters.</source>
            <translation>El nombre debe tener como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the position to {limit} characters.</source>
            <translation>El cargo debe tener como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the employee's name.</source>
            <translation>Escriba el nombre del empleado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter an email address.</source>
            <translation>Escriba una dirección de correo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Escriba una dirección de correo válida, como nombre@example.com.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+75" />
            <source>Another WorkTime One employee already has this email address.</source>
            <translation>Otro empleado de WorkTime One ya tiene esta dirección de correo.</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Choose a department.</source>
            <translation>Elija un departamento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That department is not known to WorkTime One. Pick another.</source>
            <translation>WorkTime One no conoce ese departamento. Elija otro.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter the start date as a date, like 2026-02-01.</source>
            <translation>Escriba la fecha de inicio como fecha, como 2026-02-01.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter the salary as an amount, like 65000.</source>
            <translation>Escriba el salario como importe, como 65000.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The salary cannot be negative.</source>
            <translation>El salario no puede ser negativo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the salary as an amount with at most two decimals, like 65000.50.</source>
            <translation>Escriba el salario como importe con dos decimales como máximo, como 65000.50.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>WorkTime One refused it.</source>
            <translation>WorkTime One lo rechazó.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Another WorkTime One employee already has this email address. That employee was deleted: restore them from the directory instead.</source>
            <translation>Otro empleado de WorkTime One ya tiene esta dirección de correo. Ese empleado se eliminó: restáurelo desde el directorio.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>WorkTime One does not know that department. Pick another.</source>
            <translation>WorkTime One no conoce ese departamento. Elija otro.</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../ui/widgets/banner.py" line="+31" />
            <location line="+20" />
            <source>&amp;Retry</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hides this message</source>
            <translation>Oculta este mensaje</translation>
        </message>
    </context>
    <context>
        <name>FileNotice</name>
        <message>
            <location filename="../ui/file_notice.py" line="+19" />
            <source>Front Desk: {title}</source>
            <translation>Front Desk: {title}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <location filename="../files.py" line="+103" />
            <source>The disk is full: Front Desk could not write to the folder {folder}. Free some space on that disk, then try again.</source>
            <translation>El disco está lleno: Front Desk no pudo escribir en la carpeta {folder}. Libere espacio en ese disco y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The disk is full: Front Desk could not write its files. Free some space on that disk, then try again.</source>
            <translation>El disco está lleno: Front Desk no pudo escribir sus archivos. Libere espacio en ese disco y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The folder {folder} does not exist (any more): choose another one.</source>
            <translation>La carpeta {folder} no existe (ya): elija otra.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Front Desk may not write in {folder}: choose another folder.</source>
            <translation>Front Desk no tiene permiso para escribir en {folder}: elija otra carpeta.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} is a folder: give the file a name.</source>
            <translation>{name} es una carpeta: dé un nombre al archivo.</translation>
        </message>
    </context>
    <context>
        <name>FirstFrame</name>
        <message>
            <location filename="../ui/first_frame.py" line="-76" />
            <source>Signed in as {name}. Opening the console…</source>
            <translation>Sesión iniciada como {name}. Abriendo la consola…</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../ui/widgets/format.py" line="+20" />
            <source>Fingerprint</source>
            <translation>Huella</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passcode</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+1" />
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Key</source>
            <translation>Llave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gateway</source>
            <translation>Pasarela</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Face</source>
            <translation>Rostro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unlock</source>
            <translation>Apertura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forced entry</source>
            <translation>Entrada forzada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tamper alarm</source>
            <translation>Alarma de manipulación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locked out</source>
            <translation>Bloqueo</translation>
        </message>
        <message>
            <location filename="../words.py" line="+157" />
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/widgets/format.py" line="+67" />
            <source>{span} late</source>
            <translation>{span} tarde</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown</source>
            <comment>a lock's battery</comment>
            <translation>desconocida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{level} ⚠ low</source>
            <comment>a lock's battery</comment>
            <translation>{level} ⚠ baja</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message numerus="yes">
            <location filename="../store/handover.py" line="+51" />
            <source>%n unsent entr(y|ies) of the outbox</source>
            <translation>
                <numerusform>%n entrada sin enviar de la bandeja de salida</numerusform>
                <numerusform>%n entradas sin enviar de la bandeja de salida</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n audit log row(s)</source>
            <translation>
                <numerusform>%n fila del registro de auditoría</numerusform>
                <numerusform>%n filas del registro de auditoría</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>This desk handed {entries} and {rows} to the team's shared store.</source>
            <translation>Este puesto entregó {entries} y {rows} al almacén compartido del equipo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This desk handed {what} to the team's shared store.</source>
            <translation>Este puesto entregó {what} al almacén compartido del equipo.</translation>
        </message>
        <message>
            <location filename="../ui/reports/handover.py" line="+36" />
            <source>Shift handover</source>
            <translation>Relevo de turno</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Save the shift handover</source>
            <translation>Guardar el relevo de turno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>Shift handover saved to {path} (%n page(s)).</source>
            <translation>
                <numerusform>Relevo de turno guardado en {path} (%n página).</numerusform>
                <numerusform>Relevo de turno guardado en {path} (%n páginas).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not write the shift handover: {why}</source>
            <translation>No se pudo escribir el relevo de turno: {why}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>writing the shift handover</source>
            <translation>escribir el relevo de turno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the shift handover…</source>
            <translation>Escribiendo el relevo de turno…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None.</source>
            <translation>Ninguno.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit log</source>
            <translation>Registro de auditoría</translation>
        </message>
        <message>
            <location line="+8" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Printed&lt;/b&gt; {now} ({zone}) by &lt;b&gt;{manager}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Impreso&lt;/b&gt; {now} ({zone}) por &lt;b&gt;{manager}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>&lt;b&gt;Covers&lt;/b&gt; {since} to {now} (the last %n hour(s))</source>
            <translation>
                <numerusform>&lt;b&gt;Abarca&lt;/b&gt; del {since} al {now} (la última %n hora)</numerusform>
                <numerusform>&lt;b&gt;Abarca&lt;/b&gt; del {since} al {now} (las últimas %n horas)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;Attendance last fetched&lt;/b&gt; {when}. All times are {zone}.</source>
            <translation>&lt;b&gt;Asistencia obtenida por última vez&lt;/b&gt; {when}. Todas las horas son de {zone}.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+90" />
            <source>Lock</source>
            <translation>Cerradura</translation>
        </message>
        <message>
            <location line="-89" />
            <location line="+90" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location line="-89" />
            <location line="+92" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Forced entry and alarms</source>
            <translation>Entradas forzadas y alarmas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Denied unlocks</source>
            <translation>Aperturas denegadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After-hours unlocks</source>
            <translation>Aperturas fuera de horario</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Low batteries (at or below {percent} %)</source>
            <translation>Baterías bajas ({percent} % o menos)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Battery</source>
            <translation>Batería</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Writes not yet sent, and failed ones</source>
            <translation>Escrituras aún no enviadas y fallidas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Service</source>
            <translation>Servicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tries</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open attendance problems</source>
            <translation>Problemas de asistencia abiertos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Correction</source>
            <translation>Corrección</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Who is in now</source>
            <translation>Quién está ahora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>In since</source>
            <translation>Dentro desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clocked in at</source>
            <translation>Fichó la entrada en</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last unlock</source>
            <translation>Última apertura</translation>
        </message>
        <message>
            <location line="+32" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Denied</source>
            <translation>Denegado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <location line="+14" />
            <source>unknown</source>
            <comment>online</comment>
            <translation>desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>HandoverWrites</name>
        <message>
            <location filename="../services/reports/handover_writes.py" line="+42" />
            <source>New employee</source>
            <translation>Nuevo empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Employee change</source>
            <translation>Cambio de empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove employee</source>
            <translation>Eliminar empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Restore employee</source>
            <translation>Restaurar empleado</translation>
        </message>
        <message>
            <location line="+35" />
            <source>account {id}</source>
            <translation>cuenta {id}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>location {id}</source>
            <translation>ubicación {id}</translation>
        </message>
        <message>
            <location line="+39" />
            <source>New account</source>
            <translation>Nueva cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Account change</source>
            <translation>Cambio de cuenta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Terminate account from {day}</source>
            <translation>Dar de baja la cuenta desde el {day}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New location</source>
            <translation>Nueva ubicación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Location change</source>
            <translation>Cambio de ubicación</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Clock-in {time}</source>
            <translation>Entrada {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock-out {time}</source>
            <translation>Salida {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clock-in {time} on {day}</source>
            <translation>Entrada {time} el {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock-out {time} on {day}</source>
            <translation>Salida {time} el {day}</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename="../services/status.py" line="+36" />
            <source>not set up</source>
            <translation>sin configurar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not checked yet</source>
            <translation>aún sin comprobar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connected</source>
            <translation>conectado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>offline</source>
            <translation>sin conexión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>key refused</source>
            <translation>clave rechazada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hourly limit reached</source>
            <translation>límite por hora alcanzado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>service failing</source>
            <translation>el servicio falla</translation>
        </message>
    </context>
    <context>
        <name>Leaver</name>
        <message>
            <location filename="../services/leavers.py" line="+15" />
            <source>WorkTime One cannot take a TTLock eKey, card or fingerprint away: revoke them in the TTLock app (or the TTLock web admin) under that lock's users.</source>
            <translation>WorkTime One no puede retirar una eKey, tarjeta o huella de TTLock: revóquelas en la app de TTLock (o en la administración web de TTLock), en los usuarios de esa cerradura.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>left {day}</source>
            <translation>se fue el {day}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left</source>
            <translation>se fue</translation>
        </message>
        <message>
            <location line="+10" />
            <source>WorQ says {name} left on {day}, yet they are still in WorkTime One. {revoke}</source>
            <translation>Según WorQ, {name} se fue el {day}, pero sigue en WorkTime One. {revoke}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>WorQ says {name} left, yet they are still in WorkTime One. {revoke}</source>
            <translation>Según WorQ, {name} se fue, pero sigue en WorkTime One. {revoke}</translation>
        </message>
    </context>
    <context>
        <name>LiveBoardPage</name>
        <message>
            <location filename="../ui/today/page.py" line="+42" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In now</source>
            <translation>Dentro ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not arrived</source>
            <translation>Sin llegar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation>Tarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left early</source>
            <translation>Salieron antes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Ausentes</translation>
        </message>
        <message>
            <location line="+27" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In at</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Late by</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Out at</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Left early by</source>
            <translation>Salió antes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Granted</source>
            <translation>Permitido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Denied</source>
            <translation>Denegado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Unknown card or code</source>
            <translation>Tarjeta o código desconocido</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Lock</source>
            <translation>Cerradura</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+130" />
            <source>Not refreshed yet.</source>
            <translation>Aún sin actualizar.</translation>
        </message>
        <message>
            <location line="-128" />
            <source>&amp;Refresh now</source>
            <translation>&amp;Actualizar ahora</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Name or department (Ctrl+F)</source>
            <translation>Nombre o departamento (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search the board</source>
            <translation>Buscar en el panel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the people whose name or department holds these words</source>
            <translation>Muestra solo a las personas cuyo nombre o departamento contiene estas palabras</translation>
        </message>
        <message>
            <location line="+6" />
            <source>People on the board</source>
            <translation>Personas en el panel</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>Latest lock events</source>
            <translation>Últimos eventos de las cerraduras</translation>
        </message>
        <message>
            <location line="+41" />
            <source>dddd d MMMM</source>
            <comment>the board's date, as QDate</comment>
            <translation>dddd d 'de' MMMM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today, {day}</source>
            <translation>Hoy, {day}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Live: arrivals show as they happen</source>
            <translation>En directo: las llegadas aparecen al momento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reconciled {time}</source>
            <translation>Conciliado {time}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Updated {time}</source>
            <translation>Actualizado {time}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>next refresh at {time}</source>
            <translation>próxima actualización a las {time}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>next refresh about {time}</source>
            <translation>próxima actualización hacia las {time}</translation>
        </message>
    </context>
    <context>
        <name>LocationForm</name>
        <message>
            <location filename="../ui/accounts/location_form.py" line="+16" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area code</source>
            <translation>Prefijo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timezone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit {name}</source>
            <translation>Editar {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New location</source>
            <translation>Nueva ubicación</translation>
        </message>
    </context>
    <context>
        <name>LocksController</name>
        <message>
            <location filename="../ui/locks/controller.py" line="+56" />
            <source>Loading the history back to {day}…</source>
            <translation>Cargando el historial hasta el {day}…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Loading older history…</source>
            <translation>Cargando historial anterior…</translation>
        </message>
    </context>
    <context>
        <name>LocksPage</name>
        <message>
            <location filename="../ui/locks/page.py" line="+68" />
            <source>Lock</source>
            <translation>Cerradura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Battery</source>
            <translation>Batería</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Online</source>
            <translation>En línea</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+2" />
            <source>Gateway</source>
            <translation>Pasarela</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No gateway</source>
            <translation>Sin pasarela</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Records upload only when a phone syncs</source>
            <translation>Los registros solo se suben cuando un teléfono se sincroniza</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last event</source>
            <translation>Último evento</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown card or code</source>
            <translation>Tarjeta o código desconocido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Granted</source>
            <translation>Permitido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Denied</source>
            <translation>Denegado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Uploaded</source>
            <translation>Subido</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Locks</source>
            <translation>Cerraduras</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Access history of the selected lock</source>
            <translation>Historial de accesos de la cerradura seleccionada</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Search person…</source>
            <translation>Buscar persona…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search person</source>
            <translation>Buscar persona</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the events of people whose name holds these words</source>
            <translation>Muestra solo los eventos de las personas cuyo nombre contiene estas palabras</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Any method</source>
            <translation>Cualquier método</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Denied only</source>
            <translation>Solo denegados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alerts only</source>
            <translation>Solo alertas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load &amp;older</source>
            <translation>Cargar &amp;anteriores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export Excel…</source>
            <translation>Exportar Excel…</translation>
        </message>
        <message>
            <location line="+169" />
            <source>The history held starts {start}: loading {first} to {last}…</source>
            <translation>El historial guardado empieza el {start}: cargando del {first} al {last}…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The history held starts {start}: {first} to {last} is not loaded, and this table and its exports start there. Connect to WorkTime One to load it.</source>
            <translation>El historial guardado empieza el {start}: del {first} al {last} no está cargado, y esta tabla y sus exportaciones empiezan ahí. Conéctese a WorkTime One para cargarlo.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Counting events…</source>
            <translation>Contando eventos…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>counting the lock's history</source>
            <translation>contar el historial de la cerradura</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Could not count the events</source>
            <translation>No se pudieron contar los eventos</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln evento</numerusform>
                <numerusform>%Ln eventos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel files (*.xlsx)</source>
            <translation>Archivos de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the history as shown</source>
            <translation>Exportar el historial tal como se muestra</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>Exported %Ln event(s) to {file}</source>
            <translation>
                <numerusform>%Ln evento exportado a {file}</numerusform>
                <numerusform>%Ln eventos exportados a {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Exported %Ln event(s) to {file} (what it holds: {about})</source>
            <translation>
                <numerusform>%Ln evento exportado a {file} (qué contiene: {about})</numerusform>
                <numerusform>%Ln eventos exportados a {file} (qué contiene: {about})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} starts on {held}, not {asked}: the history before that was not loaded. The file says so in its header.</source>
            <translation>{file} empieza el {held}, no el {asked}: el historial anterior no estaba cargado. El archivo lo indica en su encabezado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>exporting to {file}</source>
            <translation>exportar a {file}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exporting to {file}…</source>
            <translation>Exportando a {file}…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not export to {file}: {why}</source>
            <translation>No se pudo exportar a {file}: {why}</translation>
        </message>
    </context>
    <context>
        <name>LogViewer</name>
        <message>
            <location filename="../ui/log_viewer.py" line="+21" />
            <source>Front Desk log</source>
            <translation>Registro de Front Desk</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Log lines</source>
            <translation>Líneas del registro</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+44" />
            <source>Front Desk</source>
            <translation>Front Desk</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location line="+37" />
            <source>&amp;Console</source>
            <translation>&amp;Consola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Connections…</source>
            <translation>&amp;Conexiones…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Log</source>
            <translation>&amp;Registro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>Managers</name>
        <message>
            <location filename="../services/managers.py" line="+68" />
            <source>A PIN can contain digits (0 to 9) only.</source>
            <translation>Un PIN solo puede contener dígitos (del 0 al 9).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A PIN must be 4 to 12 digits long.</source>
            <translation>Un PIN debe tener de 4 a 12 dígitos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter a name for the manager.</source>
            <translation>Escriba un nombre para el responsable.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A manager's name can be at most 40 characters long.</source>
            <translation>El nombre de un responsable puede tener como máximo 40 caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A manager's name cannot contain control characters.</source>
            <translation>El nombre de un responsable no puede contener caracteres de control.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The PIN protection key in the keyring is damaged. Set up the managers again.</source>
            <translation>La clave que protege los PIN en el llavero está dañada. Vuelva a configurar los responsables.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The list of managers ({name} in {folder}) is damaged ({problem}) and could not be set aside ({why}). Move it out of that folder, then start Front Desk again.</source>
            <translation>La lista de responsables ({name} en {folder}) está dañada ({problem}) y no se pudo apartar ({why}). Sáquela de esa carpeta y vuelva a iniciar Front Desk.</translation>
        </message>
        <message>
            <location line="+8" />
            <source> It named: {names}.</source>
            <translation> Nombraba a: {names}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The list of managers was damaged</source>
            <translation>La lista de responsables estaba dañada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The list of managers, {name} in {folder}, is damaged: {problem}.</source>
            <translation>La lista de responsables, {name} en {folder}, está dañada: {problem}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk set it aside, not deleted, as {aside} in the same folder, and starts with no managers: each manager must be set up again (a name and a PIN; the first one is created on the sign-in screen).{who} Connections, keys, the outbox and the audit log are not affected.</source>
            <translation>Front Desk la apartó, sin borrarla, como {aside} en la misma carpeta, y empieza sin responsables: hay que volver a configurar a cada uno (un nombre y un PIN; el primero se crea en la pantalla de inicio de sesión).{who} Las conexiones, las claves, la bandeja de salida y el registro de auditoría no se ven afectados.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The list of managers ({name}) cannot be read: {problem}.</source>
            <translation>No se puede leer la lista de responsables ({name}): {problem}.</translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln minute(s)</source>
            <translation>
                <numerusform>%Ln minuto</numerusform>
                <numerusform>%Ln minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no manager named {name}.</source>
            <translation>No hay ningún responsable llamado {name}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is already a manager named {name}.</source>
            <translation>Ya hay un responsable llamado {name}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Too many wrong PINs. Try again in {wait}.</source>
            <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en {wait}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The list of managers ({name} in {folder}) cannot be read: {why}. Give your user account permission to read it (or ask whoever manages this computer), then start Front Desk again.</source>
            <translation>No se puede leer la lista de responsables ({name} en {folder}): {why}. Dé permiso de lectura a su cuenta de usuario (o pídalo a quien administre este equipo) y vuelva a iniciar Front Desk.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>it is not valid JSON ({why})</source>
            <translation>no es un JSON válido ({why})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it does not hold a list of managers</source>
            <translation>no contiene una lista de responsables</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The PIN protection key in this computer's keyring is missing or has changed, so no PIN can be checked. Remove the managers and set them up again.</source>
            <translation>La clave que protege los PIN en el llavero de este equipo falta o ha cambiado, así que no se puede comprobar ningún PIN. Elimine los responsables y vuelva a configurarlos.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Welcome, {name}.</source>
            <translation>Bienvenido/a, {name}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>That PIN is not right.</source>
            <translation>Ese PIN no es correcto.</translation>
        </message>
    </context>
    <context>
        <name>Match</name>
        <message>
            <location filename="../services/directory/match.py" line="+37" />
            <source>first record</source>
            <translation>primer registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email</source>
            <translation>correo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employee id</source>
            <translation>id de empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <location filename="../services/directory/people.py" line="+161" />
            <source>one system</source>
            <translation>un solo sistema</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{system} by {method}</source>
            <translation>{system} por {method}</translation>
        </message>
    </context>
    <context>
        <name>OutboxCheck</name>
        <message>
            <location filename="../services/outbox/kinds/account.py" line="+73" />
            <source>The account has no email or phone to look it up by.</source>
            <translation>La cuenta no tiene correo ni teléfono por el que buscarla.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No account has this email address, so it was not created.</source>
            <translation>Ninguna cuenta tiene esta dirección de correo, así que no se creó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No account has this phone number, so it was not created.</source>
            <translation>Ninguna cuenta tiene este número de teléfono, así que no se creó.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>An account with this email address exists, but it is {names}, not the one sent.</source>
            <translation>Existe una cuenta con esta dirección de correo, pero es {names}, no la enviada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An account with this phone number exists, but it is {names}, not the one sent.</source>
            <translation>Existe una cuenta con este número de teléfono, pero es {names}, no la enviada.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The account with this email address was made on {day}, before this entry was queued; it may not be the one sent.</source>
            <translation>La cuenta con esta dirección de correo se creó el {day}, antes de poner esta entrada en cola; puede que no sea la enviada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The account with this phone number was made on {day}, before this entry was queued; it may not be the one sent.</source>
            <translation>La cuenta con este número de teléfono se creó el {day}, antes de poner esta entrada en cola; puede que no sea la enviada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>An account with this email address and these names exists: it was created.</source>
            <translation>Existe una cuenta con esta dirección de correo y estos nombres: se creó.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>An account with this phone number and these names exists: it was created.</source>
            <translation>Existe una cuenta con este número de teléfono y estos nombres: se creó.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>WorkTaps no longer has the account; sending again will say so.</source>
            <translation>WorkTaps ya no tiene la cuenta; si se envía de nuevo, lo indicará.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The account</source>
            <translation>La cuenta</translation>
        </message>
        <message>
            <location line="+23" />
            <source>WorkTaps no longer has the account, so it was removed.</source>
            <translation>WorkTaps ya no tiene la cuenta, así que se eliminó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WorkTaps still has the account, so it was not removed.</source>
            <translation>WorkTaps aún tiene la cuenta, así que no se eliminó.</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/clock_landed.py" line="+43" />
            <source>The day has no clock-in, so the entry is not there.</source>
            <translation>El día no tiene entrada, así que el fichaje no está.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The day's clock-in is this entry's time.</source>
            <translation>La entrada del día es la hora de este fichaje.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The day's clock-in is later than this entry, so it is not there.</source>
            <translation>La entrada del día es posterior a este fichaje, así que no está.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The day already has an earlier clock-in: the record cannot show whether this entry was recorded.</source>
            <translation>El día ya tiene una entrada anterior: el registro no puede mostrar si este fichaje se guardó.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The day has no record, so the entry is not there.</source>
            <translation>El día no tiene registro, así que el fichaje no está.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The day's clock-in is at or after this clock-out: the record cannot show whether this entry was recorded.</source>
            <translation>La entrada del día es igual o posterior a esta salida: el registro no puede mostrar si este fichaje se guardó.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The day's clock-out is this entry's time.</source>
            <translation>La salida del día es la hora de este fichaje.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The day's clock-out is missing or earlier, so it is not there.</source>
            <translation>La salida del día falta o es anterior, así que el fichaje no está.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The day already has a later clock-out: the record cannot show whether this entry was recorded.</source>
            <translation>El día ya tiene una salida posterior: el registro no puede mostrar si este fichaje se guardó.</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/employee.py" line="+113" />
            <source>No employee has this email address, so it was not created.</source>
            <translation>Ningún empleado tiene esta dirección de correo, así que no se creó.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An employee with this email address exists, but it is {names}, not the one sent.</source>
            <translation>Existe un empleado con esta dirección de correo, pero es {names}, no el enviado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The employee with this email address was added on {day}, before this entry was queued; it may not be the one sent.</source>
            <translation>El empleado con esta dirección de correo se añadió el {day}, antes de poner esta entrada en cola; puede que no sea el enviado.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>An employee with this email address and this name exists: it was created.</source>
            <translation>Existe un empleado con esta dirección de correo y este nombre: se creó.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>WorkTime One no longer has the employee; sending again will say so.</source>
            <translation>WorkTime One ya no tiene al empleado; si se envía de nuevo, lo indicará.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The employee</source>
            <translation>El empleado</translation>
        </message>
        <message>
            <location line="+24" />
            <source>WorkTime One has no such employee any more.</source>
            <translation>WorkTime One ya no tiene ese empleado.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The employee's status is {status}: it landed.</source>
            <translation>El estado del empleado es {status}: llegó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The employee's status is {status}, not {wanted}.</source>
            <translation>El estado del empleado es {status}, no {wanted}.</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/location.py" line="+65" />
            <source>No new location has this name, so it was not created.</source>
            <translation>Ninguna ubicación nueva tiene este nombre, así que no se creó.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A new location with this name and these details exists: it was created.</source>
            <translation>Existe una ubicación nueva con este nombre y estos datos: se creó.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New locations with this name exist, but not exactly one with the details sent.</source>
            <translation>Existen ubicaciones nuevas con este nombre, pero no exactamente una con los datos enviados.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>WorkTaps does not list the location; sending again will say so.</source>
            <translation>WorkTaps no muestra la ubicación; si se envía de nuevo, lo indicará.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The location</source>
            <translation>La ubicación</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/worktaps_compare.py" line="+53" />
            <source>{what} shows every new value.</source>
            <translation>{what}: muestra todos los valores nuevos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{what} still shows every old value.</source>
            <translation>{what}: aún muestra todos los valores anteriores.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what} shows some of the new values but not {fields}: someone may have changed it at the same time.</source>
            <translation>{what}: muestra algunos de los valores nuevos, pero no {fields}; puede que alguien lo cambiara a la vez.</translation>
        </message>
    </context>
    <context>
        <name>OutboxKind</name>
        <message>
            <location filename="../services/outbox/kinds/account.py" line="+25" />
            <source>Create WorkTaps account</source>
            <translation>Crear cuenta de WorkTaps</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Edit WorkTaps account</source>
            <translation>Editar cuenta de WorkTaps</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Terminate WorkTaps account</source>
            <translation>Dar de baja cuenta de WorkTaps</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/clock.py" line="+72" />
            <source>Clock correction</source>
            <translation>Corrección de fichaje</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/employee.py" line="+28" />
            <source>Add employee</source>
            <translation>Añadir empleado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Edit employee</source>
            <translation>Editar empleado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deactivate employee</source>
            <translation>Desactivar empleado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restore employee</source>
            <translation>Restaurar empleado</translation>
        </message>
        <message>
            <location filename="../services/outbox/kinds/location.py" line="+9" />
            <source>Create location</source>
            <translation>Crear ubicación</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit location</source>
            <translation>Editar ubicación</translation>
        </message>
    </context>
    <context>
        <name>OutboxPage</name>
        <message>
            <location filename="../ui/outbox/page.py" line="+36" />
            <location line="+27" />
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Anulado</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Clock in {day} {time}</source>
            <translation>Entrada {day} {time}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clock out {day} {time}</source>
            <translation>Salida {day} {time}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entry</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tries</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Writes in the outbox</source>
            <translation>Escrituras en la bandeja de salida</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel entry</source>
            <translation>Anular cambio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send again</source>
            <translation>Enviar de nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It landed</source>
            <translation>Llegó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It did not land: send it</source>
            <translation>No llegó: enviarlo</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{waiting} waiting to send · {attention} need attention · {failed} failed · {sent} sent</source>
            <translation>{waiting} esperando envío · {attention} requieren atención · {failed} fallidos · {sent} enviados</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Correct it from its page and send it anew.</source>
            <translation>Corríjalo desde su página y envíelo de nuevo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not tell whether this entry reached {service}. What it says now: {evidence}</source>
            <translation>No se pudo saber si este cambio llegó a {service}. Lo que dice ahora: {evidence}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not tell whether this entry reached the service. What it says now: {evidence}</source>
            <translation>No se pudo saber si este cambio llegó al servicio. Lo que dice ahora: {evidence}</translation>
        </message>
    </context>
    <context>
        <name>OutboxSender</name>
        <message>
            <location filename="../services/outbox/sender.py" line="+210" />
            <source>Front Desk hit an error {times} times in a row with this entry ({error}); whether it reached {service} is not known.</source>
            <translation>Front Desk encontró un error {times} veces seguidas con esta entrada ({error}); no se sabe si llegó a {service}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Front Desk hit an error {times} times in a row with this entry ({error}); whether it reached the service is not known.</source>
            <translation>Front Desk encontró un error {times} veces seguidas con esta entrada ({error}); no se sabe si llegó al servicio.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Front Desk cannot send an entry of kind {kind}.</source>
            <translation>Front Desk no puede enviar una entrada del tipo {kind}.</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Front Desk cannot check whether an entry of kind {kind} landed.</source>
            <translation>Front Desk no puede comprobar si llegó una entrada del tipo {kind}.</translation>
        </message>
    </context>
    <context>
        <name>OutboxState</name>
        <message>
            <location filename="../services/reports/handover_writes.py" line="-140" />
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Being sent</source>
            <translation>Enviándose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needs a manager</source>
            <translation>Necesita a un responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>Fallida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
    </context>
    <context>
        <name>OutboxStore</name>
        <message>
            <location filename="../store/outbox.py" line="+71" />
            <source>sent</source>
            <translation>enviada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>marked sent</source>
            <translation>marcada como enviada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>retried</source>
            <translation>reintentada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>marked failed</source>
            <translation>marcada como fallida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>handed to a manager</source>
            <translation>pasada a un responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location line="-9" />
            <source>edited</source>
            <translation>editada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved</source>
            <translation>resuelta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>queued</source>
            <translation>en cola</translation>
        </message>
        <message>
            <location line="+1" />
            <source>being sent</source>
            <translation>enviándose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>already sent</source>
            <translation>ya enviada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting for a manager</source>
            <translation>a la espera de un responsable</translation>
        </message>
        <message>
            <location line="+313" />
            <source>Outbox entry {id} cannot be {verb}: another console took over sending it.</source>
            <translation>La entrada {id} de la bandeja de salida no puede ser {verb}: otra consola se encargó de enviarla.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>{first} or {last}</source>
            <translation>{first} o {last}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outbox entry {id} is {state}, so it cannot be {verb}: only an entry that is {need} can.</source>
            <translation>La entrada {id} de la bandeja de salida está {state}, así que no puede ser {verb}: solo puede serlo una entrada {need}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>There is no outbox entry {id}.</source>
            <translation>No hay ninguna entrada {id} en la bandeja de salida.</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <location filename="../ui/connections/overview.py" line="+37" />
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not set up.</source>
            <translation>No configurado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Showing what was fetched {ago}; refreshing…</source>
            <translation>Se muestra lo obtenido {ago}; actualizando…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Could not reach {services}; other figures are current as of {time}.</source>
            <translation>No se pudo contactar con {services}; las demás cifras están al día a las {time}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Current as of {time}.</source>
            <translation>Al día a las {time}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Offline: {reason} Showing what was fetched before.</source>
            <translation>Sin conexión: {reason} Se muestra lo obtenido antes.</translation>
        </message>
    </context>
    <context>
        <name>Period</name>
        <message>
            <location filename="../services/reports/periods.py" line="+23" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yesterday</source>
            <translation>Ayer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last week</source>
            <translation>La semana pasada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last month</source>
            <translation>El mes pasado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom range</source>
            <translation>Intervalo personalizado</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{title}, {span}</source>
            <translation>{title}, {span}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>A custom range needs a first and a last day.</source>
            <translation>Un intervalo personalizado necesita un primer y un último día.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The first day of the range is after the last.</source>
            <translation>El primer día del intervalo es posterior al último.</translation>
        </message>
    </context>
    <context>
        <name>PersonDay</name>
        <message>
            <location filename="../services/attendance/board.py" line="+150" />
            <source>Entered through a lock at {time} but did not clock in.</source>
            <translation>Entró por una cerradura a las {time} pero no fichó la entrada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unlocked after hours at {time}.</source>
            <translation>Abrió fuera de horario a las {time}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Denied at {time} ({method}).</source>
            <translation>Denegado a las {time} ({method}).</translation>
        </message>
    </context>
    <context>
        <name>PersonDayDialog</name>
        <message>
            <location filename="../ui/today/person_day.py" line="+40" />
            <source>{name}: {day}</source>
            <translation>{name}: {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Granted</source>
            <translation>Permitido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Denied</source>
            <translation>Denegado</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lock</source>
            <translation>Cerradura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Clock in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clock out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Late by</source>
            <translation>Retraso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left early by</source>
            <translation>Salió antes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No attendance record for this day.</source>
            <translation>No hay registro de asistencia para este día.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Correct…</source>
            <translation>C&amp;orregir…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Lock events ({count})</source>
            <translation>Eventos de cerradura ({count})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Nothing unusual.</source>
            <translation>Nada fuera de lo normal.</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <location filename="../ui/widgets/person_picker.py" line="+31" />
            <source>Type a name…</source>
            <translation>Escriba un nombre…</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+9" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
    </context>
    <context>
        <name>PlacesPage</name>
        <message>
            <location filename="../ui/accounts/places.py" line="+24" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slug</source>
            <translation>Slug</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timezone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+13" />
            <source>Departments</source>
            <translation>Departamentos</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+14" />
            <source>Locations</source>
            <translation>Ubicaciones</translation>
        </message>
        <message>
            <location line="-9" />
            <source>New &amp;location…</source>
            <translation>Nueva &amp;ubicación…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit location…</source>
            <translation>&amp;Editar ubicación…</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <location filename="../services/directory/people.py" line="-102" />
            <source>Not in WorkTime One</source>
            <translation>No está en WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No WorkTaps account</source>
            <translation>Sin cuenta de WorkTaps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not in WorQ</source>
            <translation>No está en WorQ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone differs</source>
            <translation>Teléfono distinto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department differs</source>
            <translation>Departamento distinto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email differs</source>
            <translation>Correo distinto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status differs</source>
            <translation>Estado distinto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leaver still active</source>
            <translation>Baja aún activa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leaver opening doors</source>
            <translation>Baja que abre puertas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matched by phone only</source>
            <translation>Vinculado solo por teléfono</translation>
        </message>
        <message>
            <location line="+3" />
            <source>WorkTaps has no email or employee id for them; only the phone ties the account to them.</source>
            <translation>WorkTaps no tiene correo ni id de empleado para esta persona; solo el teléfono vincula la cuenta con ella.</translation>
        </message>
        <message>
            <location line="+233" />
            <source>No WorkTime One employee.</source>
            <translation>Sin empleado en WorkTime One.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No WorkTaps account.</source>
            <translation>Sin cuenta de WorkTaps.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No WorQ record (not in HR).</source>
            <translation>Sin registro en WorQ (no está en RR. HH.).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{status} in WorkTime One, active in {systems}.</source>
            <translation>{status} en WorkTime One, activo en {systems}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{day} at {time}</source>
            <translation>{day} a las {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Opened the {lock} after leaving: last on {when}. {revoke}</source>
            <translation>Abrió {lock} tras irse: la última vez el {when}. {revoke}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opened a door after leaving: last on {when}. {revoke}</source>
            <translation>Abrió una puerta tras irse: la última vez el {when}. {revoke}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>WorkTaps has {phone}, WorQ has {other}.</source>
            <translation>WorkTaps tiene {phone}, WorQ tiene {other}.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Left on {day} (WorQ), but is still in WorkTime One ({status}) and has a WorkTaps account.</source>
            <translation>Se fue el {day} (WorQ), pero sigue en WorkTime One ({status}) y tiene una cuenta de WorkTaps.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Left (WorQ), but is still in WorkTime One ({status}) and has a WorkTaps account.</source>
            <translation>Se fue (WorQ), pero sigue en WorkTime One ({status}) y tiene una cuenta de WorkTaps.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Left on {day} (WorQ), but is still in WorkTime One ({status}).</source>
            <translation>Se fue el {day} (WorQ), pero sigue en WorkTime One ({status}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left (WorQ), but is still in WorkTime One ({status}).</source>
            <translation>Se fue (WorQ), pero sigue en WorkTime One ({status}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Left on {day} (WorQ), but has a WorkTaps account.</source>
            <translation>Se fue el {day} (WorQ), pero tiene una cuenta de WorkTaps.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Left (WorQ), but has a WorkTaps account.</source>
            <translation>Se fue (WorQ), pero tiene una cuenta de WorkTaps.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../store/recovery.py" line="+360" />
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Front Desk started with a new, empty database. Locks, people, attendance and accounts come back from the servers with the next sync.</source>
            <translation>Front Desk se inició con una base de datos nueva y vacía. Las cerraduras, las personas, la asistencia y las cuentas vuelven de los servidores con la próxima sincronización.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database was empty</source>
            <translation>La base de datos estaba vacía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database file {name} in {folder} was empty (0 bytes): it had been emptied, for example by a disk check or an interrupted copy.</source>
            <translation>El archivo de base de datos {name} en {folder} estaba vacío (0 bytes): se había vaciado, por ejemplo por una comprobación del disco o una copia interrumpida.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{fresh} There was nothing in it to recover. The empty file was kept as {aside} in the same folder.</source>
            <translation>{fresh} No había nada que recuperar. El archivo vacío se conservó como {aside} en la misma carpeta.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing could be read back from the damaged file.</source>
            <translation>No se pudo recuperar nada del archivo dañado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Read back from the damaged file and kept: {entries} ({unsent} not yet sent: they wait in the outbox as before) and {rows}.</source>
            <translation>Recuperado del archivo dañado y conservado: {entries} ({unsent} aún sin enviar: esperan en la bandeja de salida como antes) y {rows}.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n outbox entr(y|ies)</source>
            <translation>
                <numerusform>%n entrada de la bandeja de salida</numerusform>
                <numerusform>%n entradas de la bandeja de salida</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n audit log row(s)</source>
            <translation>
                <numerusform>%n fila del registro de auditoría</numerusform>
                <numerusform>%n filas del registro de auditoría</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>outbox entries {ids}</source>
            <translation>entradas de la bandeja de salida {ids}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>audit log rows {ids}</source>
            <translation>filas del registro de auditoría {ids}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Could not be recovered: {lost}. A correction among the lost outbox entries was not sent: check it in WorkTime One and enter it again if needed.</source>
            <translation>No se pudo recuperar: {lost}. Una corrección entre las entradas perdidas de la bandeja de salida no se envió: revísela en WorkTime One y vuelva a introducirla si hace falta.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing of the outbox or the audit log is known to be lost.</source>
            <translation>No se sabe de nada perdido de la bandeja de salida ni del registro de auditoría.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The damaged file no longer says how many rows the outbox and audit log had, so more may be lost than this counts.</source>
            <translation>El archivo dañado ya no indica cuántas filas tenían la bandeja de salida y el registro de auditoría, así que puede haberse perdido más de lo que se cuenta aquí.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The damaged file no longer says how many rows the outbox had, so more may be lost than this counts.</source>
            <translation>El archivo dañado ya no indica cuántas filas tenía la bandeja de salida, así que puede haberse perdido más de lo que se cuenta aquí.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The damaged file no longer says how many rows the audit log had, so more may be lost than this counts.</source>
            <translation>El archivo dañado ya no indica cuántas filas tenía el registro de auditoría, así que puede haberse perdido más de lo que se cuenta aquí.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The database was damaged</source>
            <translation>La base de datos estaba dañada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The database file {name} in {folder} is damaged and could not be opened (SQLite says: {problem}).</source>
            <translation>El archivo de base de datos {name} en {folder} está dañado y no se pudo abrir (SQLite dice: {problem}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{fresh} The damaged file was set aside, not deleted, as {aside} in the same folder.</source>
            <translation>{fresh} El archivo dañado se apartó, sin borrarlo, como {aside} en la misma carpeta.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The disk is full</source>
            <translation>El disco está lleno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The disk is full: Front Desk could not write to its database {name} in the folder {folder}.</source>
            <translation>El disco está lleno: Front Desk no pudo escribir en su base de datos {name} en la carpeta {folder}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing was changed. Free some space on that disk, then start Front Desk again.</source>
            <translation>No se cambió nada. Libere espacio en ese disco y vuelva a iniciar Front Desk.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database cannot be written</source>
            <translation>No se puede escribir en la base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Front Desk cannot write to its database {name} in {folder}: {detail}.</source>
            <translation>Front Desk no puede escribir en su base de datos {name} en {folder}: {detail}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk keeps unsent corrections and the audit log in that file, so it does not start on a file it cannot write: a correction you queued would have nowhere to go. The file is not damaged and was left as it is. Give your user account permission to change the file and the folder (or ask whoever manages this computer), then start Front Desk again.</source>
            <translation>Front Desk guarda en ese archivo las correcciones sin enviar y el registro de auditoría, así que no se inicia con un archivo en el que no puede escribir: una corrección que pusiera en cola no tendría adónde ir. El archivo no está dañado y se dejó como estaba. Dé permiso a su cuenta de usuario para modificar el archivo y la carpeta (o pídalo a quien administre este equipo) y vuelva a iniciar Front Desk.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The database cannot be used</source>
            <translation>No se puede usar la base de datos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Front Desk cannot use its database {name} in {folder}: {detail}.</source>
            <translation>Front Desk no puede usar su base de datos {name} en {folder}: {detail}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing was deleted. Move the file out of that folder yourself (or ask whoever manages this computer), then start Front Desk again: it will start with a new database.</source>
            <translation>No se borró nada. Saque usted mismo el archivo de esa carpeta (o pídalo a quien administre este equipo) y vuelva a iniciar Front Desk: empezará con una base de datos nueva.</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="../ui/reports/charts.py" line="+37" />
            <source>Hours worked per day</source>
            <translation>Horas trabajadas por día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late arrivals per day</source>
            <translation>Llegadas tarde por día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who is late most (minutes late in all)</source>
            <translation>Más retrasos (minutos en total)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime by person (hours)</source>
            <translation>Horas extra por persona (horas)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hours per day</source>
            <translation>Horas por día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late per day</source>
            <translation>Retrasos por día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late most</source>
            <translation>Más retrasos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime</source>
            <translation>Horas extra</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no hours recorded</source>
            <translation>sin horas registradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no late arrivals</source>
            <translation>sin llegadas tarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nobody was late</source>
            <translation>nadie llegó tarde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no overtime</source>
            <translation>sin horas extra</translation>
        </message>
        <message>
            <location line="+129" />
            <source>Hours worked</source>
            <translation>Horas trabajadas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Late arrivals</source>
            <translation>Llegadas tarde</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Minutes late</source>
            <translation>Minutos de retraso</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Overtime hours</source>
            <translation>Horas extra</translation>
        </message>
        <message>
            <location line="+9" />
            <source>once</source>
            <translation>una vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{count}×</source>
            <translation>{count}×</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Chart: %s</source>
            <translation>Gráfico: %s</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A picture of the report's numbers; the tables above hold them</source>
            <translation>Una imagen de las cifras del informe; las tablas de arriba las contienen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Charts by day</source>
            <translation>Gráficos por día</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Charts by person</source>
            <translation>Gráficos por persona</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <location filename="../ui/reports/export.py" line="+98" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period: {period} ({start} to {end}) · Person: {person} · Timezone: {zone} · Exported {day} {time}</source>
            <translation>Periodo: {period} (del {start} al {end}) · Persona: {person} · Zona horaria: {zone} · Exportado el {day} a las {time}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Audit log: {head}</source>
            <translation>Registro de auditoría: {head}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Payroll and attendance</source>
            <translation>Nómina y asistencia</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Payroll and attendance, {period}</source>
            <translation>Nómina y asistencia, {period}</translation>
        </message>
    </context>
    <context>
        <name>ReportTable</name>
        <message>
            <location filename="../services/reports/report.py" line="+168" />
            <location line="+66" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Employee ID</source>
            <translation>ID de empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular h</source>
            <translation>h normales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime h</source>
            <translation>h extra</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+65" />
            <location line="+47" />
            <source>Late min</source>
            <translation>Min. retraso</translation>
        </message>
        <message>
            <location line="-111" />
            <location line="+65" />
            <source>Early min</source>
            <translation>Min. antes</translation>
        </message>
        <message>
            <location line="-64" />
            <source>Penalties</source>
            <translation>Sanciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base pay</source>
            <translation>Salario base</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime pay</source>
            <translation>Pago horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gross pay</source>
            <translation>Salario bruto</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Total · %Ln (person|people)</source>
            <translation>
                <numerusform>Total · %Ln persona</numerusform>
                <numerusform>Total · %Ln personas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Payroll</source>
            <translation>Nómina</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+67" />
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Not in yet</source>
            <translation>Aún no ha llegado</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+62" />
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <location line="-61" />
            <source>No clock-out</source>
            <translation>Sin fichaje de salida</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+48" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Clock in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clock out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+49" />
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{present} present · {absent} absent</source>
            <translation>{present} presentes · {absent} ausentes</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln person-day(s)</source>
            <translation>
                <numerusform>%Ln día-persona</numerusform>
                <numerusform>%Ln días-persona</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+28" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Late arrivals</source>
            <translation>Llegadas tarde</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Attendance by day</source>
            <translation>Asistencia por día</translation>
        </message>
    </context>
    <context>
        <name>ReportTiles</name>
        <message>
            <location filename="../ui/reports/export.py" line="-63" />
            <location filename="../ui/reports/tiles.py" line="+126" />
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../ui/reports/tiles.py" line="-58" />
            <source>Gross pay</source>
            <translation>Salario bruto</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Hours worked</source>
            <translation>Horas trabajadas</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Overtime</source>
            <translation>Horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Late arrivals</source>
            <translation>Llegadas tarde</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Absences</source>
            <translation>Ausencias</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../ui/reports/tiles.py" line="+1" />
            <source>Days worked</source>
            <translation>Días trabajados</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/reports/tiles.py" line="+47" />
            <source>%Ln (person|people)</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>{hours} regular</source>
            <translation>{hours} normales</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln min in all</source>
            <translation>
                <numerusform>%Ln min en total</numerusform>
                <numerusform>%Ln min en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>of %Ln person-day(s)</source>
            <translation>
                <numerusform>de %Ln día-persona</numerusform>
                <numerusform>de %Ln días-persona</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln left early</source>
            <translation>
                <numerusform>%Ln se fue antes</numerusform>
                <numerusform>%Ln se fueron antes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsController</name>
        <message>
            <location filename="../ui/reports/controller.py" line="+31" />
            <source>Reports need a connection to WorkTime One.</source>
            <translation>Los informes necesitan conexión con WorkTime One.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay is hidden: reveal it with your PIN (Reveal pay…) to export the payroll.</source>
            <translation>El salario está oculto: muéstrelo con su PIN (Mostrar salario…) para exportar la nómina.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Loading the reports for {period}…</source>
            <translation>Cargando los informes de {period}…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>loading the payroll and attendance reports</source>
            <translation>cargar los informes de nómina y asistencia</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not load the reports</source>
            <translation>No se pudieron cargar los informes</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Something unexpected went wrong; it has been logged.</source>
            <translation>Algo inesperado salió mal; se ha registrado.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sign in again to reveal pay.</source>
            <translation>Vuelva a iniciar sesión para mostrar el salario.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Load a report first: there is nothing to export yet.</source>
            <translation>Cargue primero un informe: aún no hay nada que exportar.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saving {file}…</source>
            <translation>Guardando {file}…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>saving {file}</source>
            <translation>guardar {file}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not save {file}</source>
            <translation>No se pudo guardar {file}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Saved {file}</source>
            <translation>{file} guardado</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/reports/page.py" line="+137" />
            <source>Your PIN</source>
            <translation>Su PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your PIN, then Enter, to show pay</source>
            <translation>Escriba su PIN y pulse Intro para mostrar los importes</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Report tables</source>
            <translation>Tablas del informe</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+3" />
            <source>Payroll</source>
            <translation>Nómina</translation>
        </message>
        <message>
            <location line="-120" />
            <location line="+2" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="-1" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save WorkTime One's own Excel report</source>
            <translation>Guardar el informe de Excel de WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the table as shown (CSV)</source>
            <translation>Exportar la tabla tal como se muestra (CSV)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the table as shown (Excel)</source>
            <translation>Exportar la tabla tal como se muestra (Excel)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save a printable report (PDF)</source>
            <translation>Guardar un informe imprimible (PDF)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fetch the reports again (F5)</source>
            <translation>Volver a obtener los informes (F5)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Server's Excel report…</source>
            <translation>Informe de Excel del servidor…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WorkTime One's payroll workbook, saved exactly as sent</source>
            <translation>El libro de nómina de WorkTime One, guardado tal como se envió</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>Exportar CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;Excel…</source>
            <translation>Exportar &amp;Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The table on screen, as an Excel workbook (Ctrl+E)</source>
            <translation>La tabla en pantalla, como libro de Excel (Ctrl+E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A printable report with the charts (Ctrl+P)</source>
            <translation>Un informe imprimible con los gráficos (Ctrl+P)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+205" />
            <source>Reveal pay…</source>
            <translation>Mostrar salario…</translation>
        </message>
        <message>
            <location line="-202" />
            <source>Pay is hidden from a screen visitors can see; your PIN shows it</source>
            <translation>El salario se oculta en una pantalla que ven las visitas; su PIN lo muestra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your PIN, then Enter</source>
            <translation>Su PIN y luego Intro</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+3" />
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Totals</source>
            <translation>Totales</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Fetch the reports again</source>
            <translation>Volver a obtener los informes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export the table to Excel</source>
            <translation>Exportar la tabla a Excel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printable PDF</source>
            <translation>PDF para imprimir</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{period}  ·  {person}  ·  times in {zone}</source>
            <translation>{period}  ·  {person}  ·  horas en {zone}</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%Ln (person|people)</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln person-day(s)</source>
            <translation>
                <numerusform>%Ln día-persona</numerusform>
                <numerusform>%Ln días-persona</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>fetched at {time}</source>
            <translation>obtenido a las {time}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Sign in to reveal pay.</source>
            <translation>Inicie sesión para mostrar el salario.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hide pay</source>
            <translation>Ocultar salario</translation>
        </message>
    </context>
    <context>
        <name>ReviewProblem</name>
        <message>
            <location filename="../services/attendance/review.py" line="+25" />
            <source>No clock-out</source>
            <translation>Sin salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Entered through a lock, never clocked in</source>
            <translation>Entró por una cerradura, nunca fichó la entrada</translation>
        </message>
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <location filename="../secrets.py" line="+48" />
            <source>WorkTime One key</source>
            <translation>clave de WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WorkTaps key</source>
            <translation>clave de WorkTaps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WorQ partner key</source>
            <translation>clave de socio de WorQ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>webhook signing secret</source>
            <translation>secreto de firma de webhooks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PIN protection key</source>
            <translation>clave de protección de PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit log key</source>
            <translation>clave del registro de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>shared store password</source>
            <translation>contraseña del almacén compartido</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Windows Credential Manager</source>
            <translation>el Administrador de credenciales de Windows</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the macOS Keychain</source>
            <translation>el llavero de macOS</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the Secret Service (GNOME Keyring or KWallet)</source>
            <translation>el Secret Service (GNOME Keyring o KWallet)</translation>
        </message>
        <message>
            <location line="+39" />
            <source>no secure keyring was found on this computer</source>
            <translation>no se encontró ningún llavero seguro en este equipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the keyring is switched off</source>
            <translation>el llavero está desactivado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the only keyring available keeps keys in a file</source>
            <translation>el único llavero disponible guarda las claves en un archivo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no secure keyring comes first among the keyrings found</source>
            <translation>ningún llavero seguro va primero entre los encontrados</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Make sure Front Desk runs as a signed-in Windows user and that Credential Manager is not disabled by policy</source>
            <translation>Asegúrese de que Front Desk se ejecuta con un usuario de Windows que ha iniciado sesión y de que ninguna directiva desactiva el Administrador de credenciales</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sign in to your macOS user account so its login keychain is unlocked, and allow Front Desk when the Keychain asks</source>
            <translation>Inicie sesión en su cuenta de usuario de macOS para que su llavero de inicio de sesión esté desbloqueado, y permita el acceso a Front Desk cuando el llavero lo pregunte</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Install and start one, such as GNOME Keyring (gnome-keyring) or KWallet, and sign in to a desktop session that unlocks it</source>
            <translation>Instale e inicie uno, como GNOME Keyring (gnome-keyring) o KWallet, e inicie una sesión de escritorio que lo desbloquee</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Front Desk cannot keep connection keys: {reason}. Front Desk keeps them in {expected}. {fix}; then start Front Desk again. Front Desk will not store keys in a file.</source>
            <translation>Front Desk no puede guardar las claves de conexión: {reason}. Front Desk las guarda en {expected}. {fix}; después, vuelva a iniciar Front Desk. Front Desk no guardará claves en un archivo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {secret} is {length} characters long; Front Desk keeps at most {limit}. Check that only the key or password was pasted.</source>
            <translation>El valor «{secret}» tiene {length} caracteres; Front Desk guarda como máximo {limit}. Compruebe que solo se pegó la clave o la contraseña.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Connection keys are kept in {name}.</source>
            <translation>Las claves de conexión se guardan en {name}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The {secret} for {profile} is stored incompletely. Enter it again in the connection setup.</source>
            <translation>El valor «{secret}» de {profile} está guardado de forma incompleta. Vuelva a introducirlo en la configuración de la conexión.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The {secret} is empty.</source>
            <translation>El valor «{secret}» está vacío.</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Front Desk could not read the {secret} for {who} in {backend}</source>
            <translation>Front Desk no pudo leer «{secret}» de {who} en {backend}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk could not save the {secret} for {who} in {backend}</source>
            <translation>Front Desk no pudo guardar «{secret}» de {who} en {backend}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk could not remove the {secret} for {who} in {backend}</source>
            <translation>Front Desk no pudo eliminar «{secret}» de {who} en {backend}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{what}: the keyring is locked. Unlock it and try again.</source>
            <translation>{what}: el llavero está bloqueado. Desbloquéelo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{what}: the keyring could not be opened. Sign in again and retry.</source>
            <translation>{what}: no se pudo abrir el llavero. Vuelva a iniciar sesión e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{what}: the keyring reported an error ({error}).</source>
            <translation>{what}: el llavero informó de un error ({error}).</translation>
        </message>
    </context>
    <context>
        <name>SendingForm</name>
        <message>
            <location filename="../ui/widgets/sending_form.py" line="+122" />
            <source>Required</source>
            <translation>Obligatorio</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Fix the field marked in red.</source>
            <translation>Corrija el campo marcado en rojo.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Fix the %n fields marked in red.</source>
            <translation>
                <numerusform>Corrija el campo marcado en rojo.</numerusform>
                <numerusform>Corrija los %n campos marcados en rojo.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+23" />
            <source>Sending to {service}…</source>
            <translation>Enviando a {service}…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message>
            <location filename="../services/session.py" line="+107" />
            <source>The team's shared store does not answer. What you save is kept on this desk and handed to the team's store as soon as it answers again; nothing is lost.</source>
            <translation>El almacén compartido del equipo no responde. Lo que guarde se conserva en este puesto y se entrega al almacén del equipo en cuanto vuelva a responder; no se pierde nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kept on this desk, as the team's shared store is out of reach; it goes there when the store answers again, and is sent from there.</source>
            <translation>Se conserva en este puesto, porque el almacén compartido del equipo no está disponible; irá allí cuando vuelva a responder y se enviará desde allí.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{what}: kept on this desk, as the team's shared store is out of reach; it goes there when the store answers again, and is sent from there.</source>
            <translation>{what}: se conserva en este puesto, porque el almacén compartido del equipo no está disponible; irá allí cuando vuelva a responder y se enviará desde allí.</translation>
        </message>
        <message>
            <location line="+156" />
            <source>handing what this desk kept to the team's store</source>
            <translation>entregar al almacén del equipo lo que conservó este puesto</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Saved: the desk that syncs for the team sends it within moments.</source>
            <translation>Guardado: el puesto que sincroniza para el equipo lo envía en unos instantes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{service} is not connected: the change waits in the outbox and goes out later.</source>
            <translation>{service} no está conectado: el cambio espera en la bandeja de salida y se envía más tarde.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>this key can only read.</source>
            <translation>esta clave solo puede leer.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>stopping the webhook receiver</source>
            <translation>detener el receptor de webhooks</translation>
        </message>
        <message>
            <location line="+3" />
            <source>closing the old connections</source>
            <translation>cerrar las conexiones anteriores</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Webhooks are on, but no signing secret is set: set it in Connections. Until then the board is kept fresh by polling.</source>
            <translation>Los webhooks están activados, pero no hay secreto de firma: configúrelo en Conexiones. Mientras tanto, el panel se mantiene al día consultando periódicamente.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Webhooks are off: the console cannot listen at {host} port {port} ({why}). Choose another port in Connections; until then the board is kept fresh by polling.</source>
            <translation>Los webhooks están desactivados: la consola no puede escuchar en {host}, puerto {port} ({why}). Elija otro puerto en Conexiones; mientras tanto, el panel se mantiene al día consultando periódicamente.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The webhook receiver is off: turn webhooks on in Connections first.</source>
            <translation>El receptor de webhooks está apagado: active primero los webhooks en Conexiones.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The test event arrived, signed with the right secret.</source>
            <translation>El evento de prueba llegó, firmado con el secreto correcto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The test event did not arrive ({why}).</source>
            <translation>El evento de prueba no llegó ({why}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no answer</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <location line="+54" />
            <source>sending corrections</source>
            <translation>enviar las correcciones</translation>
        </message>
        <message>
            <location line="+4" />
            <source>loading today's data</source>
            <translation>cargar los datos de hoy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading locks and attendance…</source>
            <translation>Cargando cerraduras y asistencia…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>refreshing today</source>
            <translation>actualizar el día de hoy</translation>
        </message>
        <message>
            <location line="+6" />
            <source>reading the deleted employees</source>
            <translation>leer los empleados eliminados</translation>
        </message>
        <message>
            <location line="+27" />
            <source>sending WorkTaps changes</source>
            <translation>enviar los cambios de WorkTaps</translation>
        </message>
        <message>
            <location line="+3" />
            <source>loading WorkTaps accounts</source>
            <translation>cargar las cuentas de WorkTaps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading WorkTaps accounts…</source>
            <translation>Cargando las cuentas de WorkTaps…</translation>
        </message>
        <message>
            <location line="+94" />
            <source>finding who has left (WorQ)</source>
            <translation>buscar quién se ha ido (WorQ)</translation>
        </message>
        <message>
            <location line="+139" />
            <location line="+18" />
            <source>Older history needs a connection to WorkTime One.</source>
            <translation>El historial anterior necesita una conexión con WorkTime One.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Loading a period needs a connection to WorkTime One.</source>
            <translation>Cargar un periodo necesita una conexión con WorkTime One.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{service} is not connected.</source>
            <translation>{service} no está conectado.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The server's filters need a connection to WorkTaps.</source>
            <translation>Los filtros del servidor necesitan una conexión con WorkTaps.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+9" />
            <source>Reading the employees needs a connection to WorkTime One.</source>
            <translation>Leer los empleados necesita una conexión con WorkTime One.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Editing an employee needs a connection to WorkTime One.</source>
            <translation>Editar un empleado necesita una conexión con WorkTime One.</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+11" />
            <source>Reports need a connection to WorkTime One.</source>
            <translation>Los informes necesitan una conexión con WorkTime One.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>applying WorkTime One's events</source>
            <translation>aplicar los eventos de WorkTime One</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../config.py" line="+94" />
            <source>A connection name must be 1 to 64 characters long.</source>
            <translation>El nombre de una conexión debe tener de 1 a 64 caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A connection name cannot start with _ or contain / or #.</source>
            <translation>El nombre de una conexión no puede empezar por _ ni contener / o #.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A connection name cannot contain control characters.</source>
            <translation>El nombre de una conexión no puede contener caracteres de control.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Listen on an address of this computer: 127.0.0.1 (this computer only, behind a reverse proxy) or 0.0.0.0 (every network it is on).</source>
            <translation>Escuche en una dirección de este equipo: 127.0.0.1 (solo este equipo, detrás de un proxy inverso) o 0.0.0.0 (todas las redes a las que está conectado).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The {service} address is empty.</source>
            <translation>La dirección de {service} está vacía.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>A shared store's address starts with postgresql:// (for example postgresql://frontdesk@db.example.com:5432/frontdesk).</source>
            <translation>La dirección de un almacén compartido empieza por postgresql:// (por ejemplo, postgresql://frontdesk@db.example.com:5432/frontdesk).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The shared store's port is not a number.</source>
            <translation>El puerto del almacén compartido no es un número.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Leave the password out of the address and type it in the password field: it is kept in this computer's keyring, never in a file.</source>
            <translation>Quite la contraseña de la dirección y escríbala en el campo de contraseña: se guarda en el llavero de este equipo, nunca en un archivo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Say who this desk signs in as: postgresql://USER@host/database.</source>
            <translation>Indique con qué usuario inicia sesión este puesto: postgresql://USUARIO@host/database.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Say which database: postgresql://user@host/DATABASE.</source>
            <translation>Indique qué base de datos: postgresql://user@host/BASEDEDATOS.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>sslmode={mode} does not check the server's certificate. Off this computer the shared store needs sslmode=verify-full, so nobody between the desks and the database can read or change what they send.</source>
            <translation>sslmode={mode} no comprueba el certificado del servidor. Fuera de este equipo, el almacén compartido necesita sslmode=verify-full, para que nadie entre los puestos y la base de datos pueda leer o cambiar lo que envían.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>sslmode={mode} is not a mode PostgreSQL knows.</source>
            <translation>sslmode={mode} no es un modo que PostgreSQL conozca.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Name this desk in 1 to 40 characters (for example: North entrance).</source>
            <translation>Dé a este puesto un nombre de 1 a 40 caracteres (por ejemplo: Entrada norte).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A desk's name cannot contain control characters.</source>
            <translation>El nombre de un puesto no puede contener caracteres de control.</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Front Desk could not read its settings file ({why}) and is using the default settings for now.</source>
            <translation>Front Desk no pudo leer su archivo de configuración ({why}) y de momento usa la configuración predeterminada.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>it is not valid JSON (line {line})</source>
            <translation>no es JSON válido (línea {line})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it is not readable text</source>
            <translation>no es texto legible</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The settings file is damaged ({reason}) and could not be set aside ({why}). Front Desk is using the default settings.</source>
            <translation>El archivo de configuración está dañado ({reason}) y no se pudo apartar ({why}). Front Desk usa la configuración predeterminada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The settings file was damaged ({reason}), so Front Desk set it aside as {aside} and started with the default settings. Keys in the system keyring are not affected.</source>
            <translation>El archivo de configuración estaba dañado ({reason}), así que Front Desk lo apartó como {aside} y se inició con la configuración predeterminada. Las claves del llavero del sistema no se ven afectadas.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The appearance {value} in the settings file is not one Front Desk knows, so it follows the system's colours. Choose Light or Dark under Console › Settings.</source>
            <translation>La apariencia {value} del archivo de configuración no es una que Front Desk conozca, así que sigue los colores del sistema. Elija Claro u Oscuro en Consola › Configuración.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>These settings are not known to this version and will be dropped on the next save: {keys}.</source>
            <translation>Esta versión no conoce estos ajustes y se descartarán al guardar la próxima vez: {keys}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="+53" />
            <location line="+34" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location line="-30" />
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Front Desk locks itself after this long without a key or a click</source>
            <translation>Front Desk se bloquea tras este tiempo sin una tecla ni un clic</translation>
        </message>
        <message>
            <location line="-22" />
            <location line="+25" />
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location line="+28" />
            <source>From the next start</source>
            <translation>A partir del próximo inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log more, and every Qt-thread stall (from the next start)</source>
            <translation>Registrar más, y cada bloqueo del hilo de Qt (a partir del próximo inicio)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Light or dark colours, or the system's as it changes</source>
            <translation>Colores claros u oscuros, o los del sistema según cambien</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lock after</source>
            <translation>Bloquear tras</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appearance</source>
            <translation>Apariencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Debug log</source>
            <translation>Registro de depuración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data (the store)</source>
            <translation>Datos (el almacén)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The settings could not be saved: {why}</source>
            <translation>No se pudieron guardar los ajustes: {why}</translation>
        </message>
    </context>
    <context>
        <name>ShareDialog</name>
        <message>
            <location filename="../ui/connections/share.py" line="+39" />
            <source>Desks that share one store see the same locks, board, outbox and audit log. One of them talks to the services for all (the organization's hourly requests are spent once); if it stops, another takes over within seconds. This desk's unsent entries and its audit log go to the shared store when Front Desk starts again.</source>
            <translation>Los puestos que comparten un almacén ven las mismas cerraduras, el mismo panel, la misma bandeja de salida y el mismo registro de auditoría. Uno de ellos habla con los servicios por todos (las solicitudes por hora de la organización se gastan una sola vez); si se detiene, otro toma el relevo en segundos. Las entradas sin enviar de este puesto y su registro de auditoría pasan al almacén compartido cuando Front Desk se reinicia.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Off this computer the connection is encrypted and the server's certificate checked against this computer's certificate authorities (sslmode=verify-full); add sslrootcert=PATH to the address for a certificate of your own.</source>
            <translation>Fuera de este equipo, la conexión va cifrada y el certificado del servidor se comprueba con las autoridades de certificación de este equipo (sslmode=verify-full); añada sslrootcert=RUTA a la dirección para usar un certificado propio.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Share with other desks</source>
            <translation>Compartir con otros puestos</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The database user's password</source>
            <translation>La contraseña del usuario de la base de datos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The password is kept in the system keyring only.</source>
            <translation>La contraseña se guarda solo en el llavero del sistema.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Shared store</source>
            <translation>Almacén compartido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This desk's name</source>
            <translation>Nombre de este puesto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Join the team</source>
            <translation>&amp;Unirse al equipo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Test</source>
            <translation>&amp;Probar</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Reaching the shared store…</source>
            <translation>Contactando con el almacén compartido…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reaching the shared store</source>
            <translation>el contacto con el almacén compartido</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Front desk</source>
            <translation>Recepción</translation>
        </message>
    </context>
    <context>
        <name>SharedStore</name>
        <message>
            <location filename="../store/postgres.py" line="+491" />
            <source>The shared store's tables are not this version's, and this desk's database user may not change them. Start Front Desk (or frontdesk sync) once as the database's owner. ({said})</source>
            <translation>Las tablas del almacén compartido no son de esta versión, y el usuario de base de datos de este puesto no puede cambiarlas. Inicie Front Desk (o frontdesk sync) una vez como propietario de la base de datos. ({said})</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../ui/shortcuts.py" line="+81" />
            <source>Everywhere</source>
            <translation>En todas partes</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location line="+19" />
            <location line="+5" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location line="-1" />
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Everywhere else: Tab and Shift+Tab move between fields, Alt and a button's underlined letter presses it, Enter on a table's row opens or corrects it, Space ticks a box, Esc closes a dialog.</source>
            <translation>En todo lo demás: Tab y Mayús+Tab pasan de un campo a otro, Alt y la letra subrayada de un botón lo pulsan, Intro sobre una fila de una tabla la abre o la corrige, Espacio marca una casilla, Esc cierra un diálogo.</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <location filename="../ui/signin.py" line="+30" />
            <source>Front Desk cannot create or check a manager's PIN without the keyring. The keyring is the operating system's safe for passwords and keys; Front Desk keeps the key that protects every manager's PIN there, and never in a file.</source>
            <translation>Front Desk no puede crear ni comprobar el PIN de un responsable sin el llavero. El llavero es la caja fuerte del sistema operativo para contraseñas y claves; Front Desk guarda allí la clave que protege el PIN de cada responsable, y nunca en un archivo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To continue: set up or unlock the keyring, then press Retry (what you typed is kept). To look around without a keyring, press Try the demo: sample data, its own manager.</source>
            <translation>Para continuar: configure o desbloquee el llavero y pulse Reintentar (lo que escribió se conserva). Para echar un vistazo sin llavero, pulse Probar la demo: datos de ejemplo, con su propio responsable.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>4 to 12 digits</source>
            <translation>De 4 a 12 dígitos</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+94" />
            <source>Front Desk is locked</source>
            <translation>Front Desk está bloqueado</translation>
        </message>
        <message>
            <location line="-79" />
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Try the demo</source>
            <translation>Probar la demo</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Manager</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+14" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Your name, as colleagues know it</source>
            <translation>Su nombre, como lo conocen sus compañeros</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create profile and sign in</source>
            <translation>Crear perfil e iniciar sesión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No manager profile exists yet. Create the first one.</source>
            <translation>Aún no existe ningún perfil de responsable. Cree el primero.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PIN again</source>
            <translation>Repita el PIN</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Welcome to Front Desk</source>
            <translation>Bienvenido/a a Front Desk</translation>
        </message>
        <message>
            <location line="+42" />
            <source>That PIN was not checked.</source>
            <translation>Ese PIN no se ha comprobado.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>You can try again now.</source>
            <translation>Ya puede volver a intentarlo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The two PINs differ. Type the same PIN twice.</source>
            <translation>Los dos PIN no coinciden. Escriba el mismo PIN dos veces.</translation>
        </message>
    </context>
    <context>
        <name>SignedIn</name>
        <message>
            <location filename="../services/signed_in.py" line="+30" />
            <source>The console is locked: sign in again, then save this change.</source>
            <translation>La consola está bloqueada: vuelva a iniciar sesión y guarde este cambio.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{manager} is no longer signed in ({signed_in} is): this change was not saved.</source>
            <translation>{manager} ya no tiene la sesión iniciada (la tiene {signed_in}): este cambio no se guardó.</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <location filename="../ui/widgets/status_bar.py" line="+34" />
            <source>under a minute</source>
            <translation>menos de un minuto</translation>
        </message>
        <message>
            <location line="+6" />
            <source>never</source>
            <translation>nunca</translation>
        </message>
        <message>
            <location line="+3" />
            <source>just now</source>
            <translation>ahora mismo</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n min ago</source>
            <translation>
                <numerusform>hace %n min</numerusform>
                <numerusform>hace %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n h ago</source>
            <translation>
                <numerusform>hace %n h</numerusform>
                <numerusform>hace %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>{left} left</source>
            <translation>quedan {left}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resets in {span}</source>
            <translation>se renueva en {span}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{left} of {limit} requests left this hour, {resets}</source>
            <translation>quedan {left} de {limit} solicitudes en esta hora, {resets}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>read-only</source>
            <translation>solo lectura</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Last answer: {when}</source>
            <translation>Última respuesta: {when}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Refreshed {when}</source>
            <translation>Actualizado {when}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No pending writes</source>
            <translation>Sin escrituras pendientes</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln pending write(s)</source>
            <translation>
                <numerusform>%Ln escritura pendiente</numerusform>
                <numerusform>%Ln escrituras pendientes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Signed in: {name}</source>
            <translation>Sesión: {name}</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <location filename="../tasks.py" line="+76" />
            <source>Something went wrong while {what}. It has been logged.</source>
            <translation>Algo salió mal ({what}). Se ha registrado.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>working</source>
            <translation>trabajando</translation>
        </message>
    </context>
    <context>
        <name>Team</name>
        <message>
            <location filename="../services/team.py" line="+65" />
            <source>On its own: the team's store is back; start again to rejoin</source>
            <translation>Por su cuenta: el almacén del equipo ha vuelto; reinicie para volver a unirse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>On its own: the team's store is out of reach</source>
            <translation>Por su cuenta: el almacén del equipo no está disponible</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Team: the shared store is out of reach</source>
            <translation>Equipo: el almacén compartido no está disponible</translation>
        </message>
        <message numerus="yes">
            <location line="-4" />
            <source>Team: the shared store is out of reach · %n entr(y|ies) kept here</source>
            <translation>
                <numerusform>Equipo: el almacén compartido no está disponible · %n entrada conservada aquí</numerusform>
                <numerusform>Equipo: el almacén compartido no está disponible · %n entradas conservadas aquí</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Team: handing over %n entr(y|ies) kept here…</source>
            <translation>
                <numerusform>Equipo: entregando %n entrada conservada aquí…</numerusform>
                <numerusform>Equipo: entregando %n entradas conservadas aquí…</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team: joining…</source>
            <translation>Equipo: uniéndose…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Team: this desk syncs</source>
            <translation>Equipo: este puesto sincroniza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team: following</source>
            <translation>Equipo: siguiendo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The team's shared store answers again. This desk works on its own copy until Front Desk starts again: then its outbox and audit log go to the team's store, and it works on that one.</source>
            <translation>El almacén compartido del equipo vuelve a responder. Este puesto trabaja con su propia copia hasta que Front Desk se reinicie: entonces su bandeja de salida y su registro de auditoría pasan al almacén del equipo, y trabaja con ese.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{why} This desk works on its own copy and keeps its own outbox and audit log until then; they go to the team's store at the next start that reaches it.</source>
            <translation>{why} Este puesto trabaja con su propia copia y conserva su propia bandeja de salida y su registro de auditoría hasta entonces; pasan al almacén del equipo en el próximo inicio que lo alcance.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Desk {desk} on {store}.</source>
            <translation>Puesto {desk} en {store}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>On {store}.</source>
            <translation>En {store}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its own copy of it, made at {time}</source>
            <translation>su propia copia, hecha a las {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>what it held before it joined the team (no copy was made yet)</source>
            <translation>lo que tenía antes de unirse al equipo (aún no se hizo ninguna copia)</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>The shared store does not answer: this desk shows {copy}. What is saved now is kept on this desk and handed to the team's store as soon as it answers again: %n entr(y|ies) kept here. It connects again by itself.</source>
            <translation>
                <numerusform>El almacén compartido no responde: este puesto muestra {copy}. Lo que se guarde ahora se conserva en este puesto y se entrega al almacén del equipo en cuanto vuelva a responder: %n entrada conservada aquí. Se vuelve a conectar solo.</numerusform>
                <numerusform>El almacén compartido no responde: este puesto muestra {copy}. Lo que se guarde ahora se conserva en este puesto y se entrega al almacén del equipo en cuanto vuelva a responder: %n entradas conservadas aquí. Se vuelve a conectar solo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>Handing what this desk kept to the team's store: %n entr(y|ies) kept here.</source>
            <translation>
                <numerusform>Entregando al almacén del equipo lo que conservó este puesto: %n entrada conservada aquí.</numerusform>
                <numerusform>Entregando al almacén del equipo lo que conservó este puesto: %n entradas conservadas aquí.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-8" />
            <source>The shared store does not answer: this desk shows {copy}. What is saved now is kept on this desk and handed to the team's store as soon as it answers again. It connects again by itself.</source>
            <translation>El almacén compartido no responde: este puesto muestra {copy}. Lo que se guarde ahora se conserva en este puesto y se entrega al almacén del equipo en cuanto vuelva a responder. Se vuelve a conectar solo.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Asking which desk syncs…</source>
            <translation>Preguntando qué puesto sincroniza…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This desk talks to the services for every desk of the team; the others show what it stores within a second.</source>
            <translation>Este puesto habla con los servicios por todos los puestos del equipo; los demás muestran lo que guarda en menos de un segundo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Another desk talks to the services; this one shows what it stores within a second, and takes over if it stops.</source>
            <translation>Otro puesto habla con los servicios; este muestra lo que guarda en menos de un segundo y toma el relevo si se detiene.</translation>
        </message>
    </context>
    <context>
        <name>TeamBox</name>
        <message>
            <location filename="../ui/connections/team.py" line="+13" />
            <source>This desk works on its own: its own copy of the data, its own outbox and audit log. Share them with the organization's other desks so they see one board, send each correction once and keep one audit record.</source>
            <translation>Este puesto trabaja por su cuenta: su propia copia de los datos, su propia bandeja de salida y su propio registro de auditoría. Compártalos con los demás puestos de la organización para que vean un mismo panel, envíen cada corrección una sola vez y lleven un único registro de auditoría.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Other desks</source>
            <translation>Otros puestos</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+25" />
            <source>&amp;Share with other desks…</source>
            <translation>Co&amp;mpartir con otros puestos…</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Work on its &amp;own again…</source>
            <translation>Volver a trabajar por &amp;su cuenta…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This desk joins its team's shared store when Front Desk starts again.</source>
            <translation>Este puesto se une al almacén compartido de su equipo cuando Front Desk se reinicie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Change the &amp;shared store…</source>
            <translation>Cambiar el al&amp;macén compartido…</translation>
        </message>
    </context>
    <context>
        <name>TeamController</name>
        <message>
            <location filename="../ui/connections/team_controller.py" line="+22" />
            <source>This demo desk works on its own. To see desks share one store, start the demo with frontdesk --demo --team (it uses PostgreSQL on this computer), then a second one with the command it shows.</source>
            <translation>Este puesto de demostración trabaja por su cuenta. Para ver puestos que comparten un almacén, inicie la demo con frontdesk --demo --team (usa PostgreSQL en este equipo) y después una segunda con el comando que muestra.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The team's shared store answers again. Start Front Desk again to rejoin the team: what this desk did on its own goes to the team's store then; nothing is lost.</source>
            <translation>El almacén compartido del equipo vuelve a responder. Reinicie Front Desk para volver a unirse al equipo: lo que este puesto hizo por su cuenta pasa entonces al almacén del equipo; no se pierde nada.</translation>
        </message>
        <message>
            <location line="+51" />
            <location line="+89" />
            <source>Start again now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <location line="-58" />
            <source>Work on its own again</source>
            <translation>Volver a trabajar por su cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take this desk ({desk}) out of the team?</source>
            <translation>¿Sacar este puesto ({desk}) del equipo?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From its next start it works on its own store again and talks to the services itself. What it queued on the shared store stays there and is sent by the team; the team's audit log keeps its rows.</source>
            <translation>Desde su próximo inicio vuelve a trabajar con su propio almacén y habla él mismo con los servicios. Lo que dejó en cola en el almacén compartido se queda allí y lo envía el equipo; el registro de auditoría del equipo conserva sus filas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Work on its own</source>
            <translation>Trabajar por su cuenta</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Not changed</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Start again to move this desk</source>
            <translation>Reiniciar para mover este puesto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This desk moves when Front Desk starts again.</source>
            <translation>Este puesto se mueve cuando Front Desk se reinicie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing is being sent then, so everything this desk has not sent yet, and its audit log, moves whole. Start again now?</source>
            <translation>En ese momento no se envía nada, así que todo lo que este puesto aún no ha enviado, y su registro de auditoría, se mueve completo. ¿Reiniciar ahora?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
    </context>
    <context>
        <name>TeamStore</name>
        <message>
            <location filename="../services/team_store.py" line="+71" />
            <source>The team's shared store cannot be reached ({said}).</source>
            <translation>No se puede acceder al almacén compartido del equipo ({said}).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Reached the shared store (PostgreSQL {version}). No desk has written to it yet: this one will be the first.</source>
            <translation>Se accedió al almacén compartido (PostgreSQL {version}). Ningún puesto ha escrito en él todavía: este será el primero.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reached the shared store (PostgreSQL {version}). Desks that have written to it: {desks}.</source>
            <translation>Se accedió al almacén compartido (PostgreSQL {version}). Puestos que han escrito en él: {desks}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A desk named {desk} is one of them: if that is not this computer, choose another name, so the audit log tells the desks apart.</source>
            <translation>Uno de ellos se llama {desk}: si no es este equipo, elija otro nombre para que el registro de auditoría distinga los puestos.</translation>
        </message>
    </context>
    <context>
        <name>TerminateDialog</name>
        <message>
            <location filename="../ui/accounts/terminate.py" line="+35" />
            <source>Last day (term date)</source>
            <translation>Último día (fecha de baja)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}'s WorkTaps account will be closed with this term date. They will no longer appear in WorkTaps lists and can no longer sign in to WorkTaps; the console cannot undo this. Their WorkTime One record and lock access are not changed here.</source>
            <translation>La cuenta de WorkTaps de {name} se cerrará con esta fecha de baja. Ya no aparecerá en las listas de WorkTaps ni podrá iniciar sesión en WorkTaps; la consola no puede deshacerlo. Su registro de WorkTime One y su acceso a las cerraduras no cambian aquí.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Terminate {name}</source>
            <translation>Dar de baja a {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sending to WorkTaps…</source>
            <translation>Enviando a WorkTaps…</translation>
        </message>
    </context>
    <context>
        <name>VendorCodes</name>
        <message>
            <location filename="../api/_codes.py" line="+27" />
            <source>WorkTaps did not accept the API key, or the key may not make changes. Check the key under Console › Connections.</source>
            <translation>WorkTaps no aceptó la clave de API, o la clave no permite hacer cambios. Revísela en Consola › Conexiones.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>That location no longer exists in WorkTaps. Pick another.</source>
            <translation>Esa ubicación ya no existe en WorkTaps. Elija otra.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That department no longer exists in WorkTaps. Pick another.</source>
            <translation>Ese departamento ya no existe en WorkTaps. Elija otro.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That account no longer exists in WorkTaps.</source>
            <translation>Esa cuenta ya no existe en WorkTaps.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter a first name.</source>
            <translation>Escriba un nombre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter a last name.</source>
            <translation>Escriba un apellido.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter an email address or a phone number.</source>
            <translation>Escriba una dirección de correo o un número de teléfono.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a phone number or an email address.</source>
            <translation>Escriba un número de teléfono o una dirección de correo.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+26" />
            <source>Choose at least one location.</source>
            <translation>Elija al menos una ubicación.</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Choose a department.</source>
            <translation>Elija un departamento.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a role.</source>
            <translation>Elija un rol.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a time zone.</source>
            <translation>Elija una zona horaria.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the last day of work.</source>
            <translation>Escriba el último día de trabajo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the job title and start date; extra fields hold at most 100 characters.</source>
            <translation>Escriba el puesto y la fecha de inicio; los campos adicionales admiten como máximo 100 caracteres.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter a job title.</source>
            <translation>Escriba un puesto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the start date.</source>
            <translation>Escriba la fecha de inicio.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a valid email address, like name@example.com.</source>
            <translation>Escriba una dirección de correo válida, como nombre@example.com.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the phone number with its country code, like +1 212 555 0100</source>
            <translation>Escriba el número de teléfono con su prefijo de país, como +1 212 555 0100</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a role: Employee, Manager or Owner.</source>
            <translation>Elija un rol: Employee, Manager u Owner.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the start date as a date, like 2024-02-01.</source>
            <translation>Escriba la fecha de inicio como fecha, como 2024-02-01.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The start date cannot be in the future.</source>
            <translation>La fecha de inicio no puede estar en el futuro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a time zone from the list, like America/New_York.</source>
            <translation>Elija una zona horaria de la lista, como America/New_York.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the state as its two-letter code, like NY.</source>
            <translation>Escriba el estado con su código de dos letras, como NY.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the ZIP code as 5 digits, or 5+4 like 10001-1234.</source>
            <translation>Escriba el código postal con 5 dígitos, o 5+4 como 10001-1234.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the last day of work as a date, like 01/20/2026.</source>
            <translation>Escriba el último día de trabajo como fecha, como 01/20/2026.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The last day of work cannot be in the future.</source>
            <translation>El último día de trabajo no puede estar en el futuro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another account already has this email address.</source>
            <translation>Otra cuenta ya tiene esta dirección de correo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another account already has this phone number.</source>
            <translation>Otra cuenta ya tiene este número de teléfono.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This person manages open jobs{jobs}; give those jobs to someone else before changing the role.</source>
            <translation>Esta persona gestiona trabajos abiertos{jobs}; páselos a otra persona antes de cambiar el rol.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>WorkTaps could not create the account. Try again in a few minutes.</source>
            <translation>WorkTaps no pudo crear la cuenta. Vuelva a intentarlo en unos minutos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not remove the account. Try again in a few minutes.</source>
            <translation>WorkTaps no pudo eliminar la cuenta. Vuelva a intentarlo en unos minutos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not update the account. Try again in a few minutes.</source>
            <translation>WorkTaps no pudo actualizar la cuenta. Vuelva a intentarlo en unos minutos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not update the location. Try again in a few minutes.</source>
            <translation>WorkTaps no pudo actualizar la ubicación. Vuelva a intentarlo en unos minutos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorkTaps could not save the location. Try again in a few minutes.</source>
            <translation>WorkTaps no pudo guardar la ubicación. Vuelva a intentarlo en unos minutos.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The WorQ session ran out.</source>
            <translation>La sesión de WorQ caducó.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorQ did not accept the session token.</source>
            <translation>WorQ no aceptó el token de sesión.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>WorQ does not know this customer code. Check it under Console › Connections.</source>
            <translation>WorQ no conoce este código de cliente. Revíselo en Consola › Conexiones.</translation>
        </message>
    </context>
    <context>
        <name>VendorFields</name>
        <message>
            <location line="-46" />
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email address</source>
            <translation>dirección de correo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>department</source>
            <translation>departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>position</source>
            <translation>cargo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>salary</source>
            <translation>salario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>start date</source>
            <translation>fecha de inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>end date</source>
            <translation>fecha de fin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>clock type</source>
            <translation>tipo de fichaje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time</source>
            <translation>hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>employee</source>
            <translation>empleado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lock</source>
            <translation>cerradura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>page number</source>
            <translation>número de página</translation>
        </message>
        <message>
            <location line="+1" />
            <source>page size</source>
            <translation>tamaño de página</translation>
        </message>
        <message>
            <location line="+1" />
            <source>report format</source>
            <translation>formato del informe</translation>
        </message>
    </context>
    <context>
        <name>WebhookHealth</name>
        <message>
            <location filename="../receiver/health.py" line="+30" />
            <source>a wrong or missing signature</source>
            <translation>una firma incorrecta o ausente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a body over 64 KB</source>
            <translation>un cuerpo de más de 64 KB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not JSON</source>
            <translation>no es JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a WorkTime One event</source>
            <translation>no es un evento de WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>older than 5 minutes (a replay?)</source>
            <translation>de hace más de 5 minutos (¿una repetición?)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dated more than 5 minutes ahead</source>
            <translation>fechado más de 5 minutos en el futuro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no signing secret set here</source>
            <translation>no hay secreto de firma aquí</translation>
        </message>
        <message>
            <location line="+18" />
            <source>none refused</source>
            <translation>ninguno rechazado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} for {cause}</source>
            <translation>{count} por {cause}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>refused {causes}</source>
            <translation>rechazados: {causes}</translation>
        </message>
    </context>
    <context>
        <name>WebhooksBox</name>
        <message>
            <location filename="../ui/connections/webhooks.py" line="+20" />
            <source>Off. Turn webhooks on under Console › Connections… to see arrivals within a second; until then the board is refreshed by polling, within the hourly request budget.</source>
            <translation>Desactivados. Active los webhooks en Consola › Conexiones… para ver las llegadas en menos de un segundo; mientras tanto, el panel se actualiza consultando periódicamente, dentro del cupo de solicitudes por hora.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Live (webhooks)</source>
            <translation>En directo (webhooks)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Webhooks: none yet, polling</source>
            <translation>Webhooks: ninguno aún, consultando</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Webhooks quiet since {time}: polling</source>
            <translation>Webhooks sin actividad desde las {time}: consultando</translation>
        </message>
        <message>
            <location line="+7" />
            <source>last event {time}</source>
            <translation>último evento {time}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>no event yet</source>
            <translation>ningún evento aún</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>{last} · %Ln in the last hour · {refused}; test event received {time}</source>
            <translation>
                <numerusform>{last} · %Ln en la última hora · {refused}; evento de prueba recibido {time}</numerusform>
                <numerusform>{last} · %Ln en la última hora · {refused}; evento de prueba recibido {time}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>{last} · %Ln in the last hour · {refused}</source>
            <translation>
                <numerusform>{last} · %Ln en la última hora · {refused}</numerusform>
                <numerusform>{last} · %Ln en la última hora · {refused}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>WorkTime One webhooks</source>
            <translation>Webhooks de WorkTime One</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Copy address</source>
            <translation>Copiar &amp;dirección</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Send a &amp;test event</source>
            <translation>Enviar un evento de &amp;prueba</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Address for WorkTime One</source>
            <translation>Dirección para WorkTime One</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Events to tick</source>
            <translation>Eventos que marcar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deliveries</source>
            <translation>Entregas</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Listening. In WorkTime One, Settings › Webhooks: paste this address (or your reverse proxy's public https address that forwards to it) and tick the events below. The signing secret stays in this computer's keyring.</source>
            <translation>Escuchando. En WorkTime One, Settings › Webhooks: pegue esta dirección (o la dirección https pública de su proxy inverso que reenvía a ella) y marque los eventos de abajo. El secreto de firma se queda en el llavero de este equipo.</translation>
        </message>
    </context>
    <context>
        <name>WorqController</name>
        <message>
            <location filename="../ui/worq/controller.py" line="+28" />
            <source>WorQ is not set up: add its partner name, customer code and partner key under Console › Connections, then try again.</source>
            <translation>WorQ no está configurado: añada su nombre de socio, código de cliente y clave de socio en Consola › Conexiones y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import cancelled before it began: nothing was imported.</source>
            <translation>Importación cancelada antes de empezar: no se importó nada.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>importing from WorQ</source>
            <translation>la importación de WorQ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importing from WorQ…</source>
            <translation>Importando de WorQ…</translation>
        </message>
    </context>
    <context>
        <name>WorqImport</name>
        <message>
            <location filename="../services/sync/worq.py" line="+118" />
            <source>{new} new, {known} already known ({changed} changed)</source>
            <translation>{new} nuevos, {known} ya conocidos ({changed} cambiados)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{new} new, {known} already known</source>
            <translation>{new} nuevos, {known} ya conocidos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing to import: WorQ has nobody created or updated in these dates.</source>
            <translation>Nada que importar: WorQ no tiene a nadie creado ni actualizado en estas fechas.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Imported %n (person|people) from WorQ: {counts}.</source>
            <translation>
                <numerusform>Se importó %n persona de WorQ: {counts}.</numerusform>
                <numerusform>Se importaron %n personas de WorQ: {counts}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import cancelled: nothing was imported.</source>
            <translation>Importación cancelada: no se importó nada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import cancelled, {kept} kept: {counts}.</source>
            <translation>Importación cancelada, {kept} conservados: {counts}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown error</source>
            <translation>error desconocido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import failed: {error} {kept} kept: {counts}.</source>
            <translation>La importación falló: {error} {kept} conservados: {counts}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import failed: {error} Nothing was imported.</source>
            <translation>La importación falló: {error} No se importó nada.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Importing… %n (person|people) so far.</source>
            <translation>
                <numerusform>Importando… %n persona hasta ahora.</numerusform>
                <numerusform>Importando… %n personas hasta ahora.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>an unexpected error ({name}); it has been logged</source>
            <translation>un error inesperado ({name}); se ha registrado</translation>
        </message>
        <message>
            <location filename="../store/worq.py" line="+26" />
            <source>The console closed before the import finished.</source>
            <translation>La consola se cerró antes de que terminara la importación.</translation>
        </message>
    </context>
    <context>
        <name>WorqImportDialog</name>
        <message>
            <location filename="../ui/worq/import_dialog.py" line="+34" />
            <source>Brings in the employees HR created or updated in WorQ between these dates, and updates the ones already imported. What arrives is kept, even if you cancel.</source>
            <translation>Trae los empleados que RR. HH. creó o actualizó en WorQ entre estas fechas y actualiza los ya importados. Lo que llega se conserva, aunque cancele.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>finished</source>
            <translation>terminada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not finish</source>
            <translation>no terminó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Asking WorQ…</source>
            <translation>Consultando a WorQ…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>WorQ has nobody for these dates.</source>
            <translation>WorQ no tiene a nadie para estas fechas.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Page {page} of {pages} · {done} of %Ln people</source>
            <translation>
                <numerusform>Página {page} de {pages} · {done} de %Ln persona</numerusform>
                <numerusform>Página {page} de {pages} · {done} de %Ln personas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>No import from WorQ yet.</source>
            <translation>Aún no hay ninguna importación de WorQ.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Last import {when}, for changes from {start} to {end}: {ended}, %Ln people kept.</source>
            <translation>
                <numerusform>Última importación {when}, para cambios del {start} al {end}: {ended}, %Ln persona conservada.</numerusform>
                <numerusform>Última importación {when}, para cambios del {start} al {end}: {ended}, %Ln personas conservadas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Import from WorQ</source>
            <translation>Importar de WorQ</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+78" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="-63" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To (inclusive)</source>
            <translation>Hasta (incluido)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The first date is after the last one.</source>
            <translation>La primera fecha es posterior a la última.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Cancel import</source>
            <translation>Cancelar importación</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
</TS>
