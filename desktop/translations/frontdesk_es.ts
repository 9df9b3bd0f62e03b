<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AccountForm</name>
        <message>
            <location filename="../ui/accounts/account_form.py" line="+98" />
            <source>Custom fields</source>
            <translation>Campos personalizados</translation>
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
        <name>AccountsPage</name>
        <message>
            <location filename="../ui/accounts/page.py" line="+110" />
            <source>WorkTaps accounts</source>
            <translation>Cuentas de WorkTaps</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Search accounts</source>
            <translation>Buscar cuentas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exact email</source>
            <translation>Correo exacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
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
        <name>Console</name>
        <message>
            <location filename="../ui/console.py" line="+120" />
            <source>Front Desk (demo)</source>
            <translation>Front Desk (demo)</translation>
        </message>
        <message>
            <location line="+23" />
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
        <name>DateRange</name>
        <message>
            <location filename="../ui/widgets/date_range.py" line="+37" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <location filename="../ui/directory/page.py" line="+139" />
            <source>People in the three systems</source>
            <translation>Personas en los tres sistemas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search the directory</source>
            <translation>Buscar en el directorio</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../ui/widgets/banner.py" line="+35" />
            <source>Hides this message</source>
            <translation>Oculta este mensaje</translation>
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
            <location line="+53" />
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
            <location line="+17" />
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
        <name>LocksPage</name>
        <message>
            <location filename="../ui/locks/page.py" line="+140" />
            <source>Locks</source>
            <translation>Cerraduras</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Access history of the selected lock</source>
            <translation>Historial de accesos de la cerradura seleccionada</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Search person</source>
            <translation>Buscar persona</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shows only the events of people whose name holds these words</source>
            <translation>Muestra solo los eventos de las personas cuyo nombre contiene estas palabras</translation>
        </message>
    </context>
    <context>
        <name>LogViewer</name>
        <message>
            <location filename="../ui/log_viewer.py" line="+25" />
            <source>Log lines</source>
            <translation>Líneas del registro</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="+41" />
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
        <name>PlacesPage</name>
        <message>
            <location filename="../ui/accounts/places.py" line="+41" />
            <source>Departments</source>
            <translation>Departamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Locations</source>
            <translation>Ubicaciones</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <location filename="../ui/reports/charts.py" line="+242" />
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
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/reports/page.py" line="+135" />
            <source>Your PIN</source>
            <translation>Su PIN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your PIN, then Enter, to show pay</source>
            <translation>Escriba su PIN y pulse Intro para mostrar los importes</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Report tables</source>
            <translation>Tablas del informe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payroll</source>
            <translation>Nómina</translation>
        </message>
        <message>
            <location line="+1" />
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
    </context>
    <context>
        <name>Secrets</name>
        <message>
            <location filename="../secrets.py" line="+74" />
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
            <location line="+85" />
            <source>Connection keys are kept in {name}.</source>
            <translation>Las claves de conexión se guardan en {name}.</translation>
        </message>
    </context>
    <context>
        <name>SendingForm</name>
        <message>
            <location filename="../ui/widgets/sending_form.py" line="+122" />
            <source>Required</source>
            <translation>Obligatorio</translation>
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
            <location line="+205" />
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
            <location line="+97" />
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
            <location line="+59" />
            <source>Loading locks and attendance…</source>
            <translation>Cargando cerraduras y asistencia…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Loading WorkTaps accounts…</source>
            <translation>Cargando las cuentas de WorkTaps…</translation>
        </message>
        <message>
            <location line="+231" />
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
</TS>
