<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>AddQuadrennium</name>
    <message>
      <source>&amp;Code</source>
      <translation>&amp;Código</translation>
    </message>
    <message>
      <source>&amp;Ends on</source>
      <translation>&amp;Termina el</translation>
    </message>
    <message>
      <source>&amp;Starts on</source>
      <translation>&amp;Comienza el</translation>
    </message>
    <message>
      <source>2030-2033</source>
      <translation>2030-2033</translation>
    </message>
    <message>
      <source>A quadrennium runs from one World Conservation Congress to the next. Add the next one when its dates are known; it starts the day after the latest one ends.</source>
      <translation>Un cuatrienio va de un Congreso Mundial de la Naturaleza al siguiente. Añada el próximo cuando se conozcan sus fechas; comienza el día después de que termine el último.</translation>
    </message>
    <message>
      <source>Add quadrennium</source>
      <translation>Añadir cuatrienio</translation>
    </message>
    <message>
      <source>Co&amp;ngresses</source>
      <translation>Co&amp;ngresos</translation>
    </message>
    <message>
      <source>e.g. Abu Dhabi 2025 to the next Congress</source>
      <translation>p. ej., de Abu Dabi 2025 al próximo Congreso</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <source>Something went wrong, and SSC Desktop could not finish what you asked. Everything saved before is safe. The details are in {path}; please send that file to whoever supports you.</source>
      <translation>Algo salió mal y SSC Desktop no pudo terminar lo que pidió. Todo lo guardado antes está a salvo. Los detalles están en {path}; envíe ese archivo a quien le brinde asistencia.</translation>
    </message>
  </context>
  <context>
    <name>CarryTargets</name>
    <message>
      <source>Carry targets forward</source>
      <translation>Trasladar las metas</translation>
    </message>
  </context>
  <context>
    <name>CarryTargetsDialog</name>
    <message>
      <source>Already in this quadrennium</source>
      <translation>Ya en este cuatrienio</translation>
    </message>
    <message>
      <source>There is no earlier quadrennium to carry targets from.</source>
      <translation>No hay un cuatrienio anterior del que trasladar metas.</translation>
    </message>
    <message>
      <source>Tick the targets of %1 to carry into this quadrennium. Each keeps its code; its updates stay with %1, and the new term starts without progress.</source>
      <translation>Marque las metas de %1 que desea trasladar a este cuatrienio. Cada una conserva su código; sus actualizaciones quedan con %1 y el nuevo mandato comienza sin avances.</translation>
    </message>
  </context>
  <context>
    <name>DecisionsModel</name>
    <message>
      <source>Already entered</source>
      <translation>Ya registrado</translation>
    </message>
    <message>
      <source>Already has a membership in the new quadrennium; the renewal ends the old one as Term ended and leaves the new one as it is.</source>
      <translation>Ya tiene una membresía en el nuevo cuatrienio; la renovación termina la anterior como «Mandato terminado» y deja la nueva como está.</translation>
    </message>
    <message>
      <source>Do not re-appoint</source>
      <translation>No volver a nombrar</translation>
    </message>
    <message>
      <source>Re-invite</source>
      <translation>Volver a invitar</translation>
    </message>
    <message>
      <source>Skipped: already %1</source>
      <translation>Omitido: ya %1</translation>
    </message>
  </context>
  <context>
    <name>EndMembership</name>
    <message>
      <source>&amp;Ends on</source>
      <translation>&amp;Termina el</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Motivo</translation>
    </message>
    <message>
      <source>End membership</source>
      <translation>Terminar la membresía</translation>
    </message>
    <message>
      <source>The member's roles end on the same day. The membership stays in the roster as ended, and Undo (Ctrl+Z) reverses this.</source>
      <translation>Los cargos del miembro terminan el mismo día. La membresía queda en la lista de miembros como terminada, y Deshacer (Ctrl+Z) lo revierte.</translation>
    </message>
    <message>
      <source>optional, e.g. "by e-mail of 3 March"</source>
      <translation>opcional, p. ej., «por correo del 3 de marzo»</translation>
    </message>
  </context>
  <context>
    <name>EndMembershipDialog</name>
    <message>
      <source>End membership</source>
      <translation>Terminar la membresía</translation>
    </message>
    <message>
      <source>End membership of {name}</source>
      <translation>Fin de la membresía de {name}</translation>
    </message>
    <message>
      <source>End the membership of {name} ({status}, {term})?</source>
      <translation>¿Terminar la membresía de {name} ({status}, {term})?</translation>
    </message>
  </context>
  <context>
    <name>ExchangeOps</name>
    <message>
      <source>Checking the rows</source>
      <translation>Comprobando las filas</translation>
    </message>
    <message>
      <source>Exporting the roster</source>
      <translation>Exportando la lista de miembros</translation>
    </message>
    <message>
      <source>Importing</source>
      <translation>Importando</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>Leyendo {name}</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Examinar…</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Quadrennium</source>
      <translation>&amp;Cuatrienio</translation>
    </message>
    <message>
      <source>&amp;Statuses to export</source>
      <translation>&amp;Estados que exportar</translation>
    </message>
    <message>
      <source>All quadrennia</source>
      <translation>Todos los cuatrienios</translation>
    </message>
    <message>
      <source>CSV: start with a byte-order mark, so Excel shows accents correctly</source>
      <translation>CSV: empezar con una marca de orden de bytes para que Excel muestre bien los acentos</translation>
    </message>
    <message>
      <source>Cancelled; no file was written.</source>
      <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message>
      <source>Column &amp;profile</source>
      <translation>&amp;Perfil de columnas</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
      <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <source>Export the roster</source>
      <translation>Exportar la lista de miembros</translation>
    </message>
    <message>
      <source>Export the roster of {group}</source>
      <translation>Exportar la lista de miembros de {group}</translation>
    </message>
    <message>
      <source>Give the profile a name of its own; the default layout stays as documented.</source>
      <translation>Dé al perfil un nombre propio; el diseño predeterminado se mantiene como está documentado.</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>&amp;Bajar</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>&amp;Subir</translation>
    </message>
    <message>
      <source>Sa&amp;ve profile</source>
      <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
      <source>Saved the profile '{name}'.</source>
      <translation>Perfil «{name}» guardado.</translation>
    </message>
    <message>
      <source>Tick at least one status to export.</source>
      <translation>Marque al menos un estado que exportar.</translation>
    </message>
    <message>
      <source>Tick the columns to write, drag them into order, double-click a header to rename it.</source>
      <translation>Marque las columnas que escribir, arrástrelas para ordenarlas y haga doble clic en un encabezado para cambiarle el nombre.</translation>
    </message>
    <message>
      <source>profile name</source>
      <translation>nombre del perfil</translation>
    </message>
  </context>
  <context>
    <name>FailureDialog</name>
    <message>
      <source>&amp;Copy details</source>
      <translation>&amp;Copiar los detalles</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copiado</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <source>Show &amp;details</source>
      <translation>Mostrar los &amp;detalles</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Algo salió mal</translation>
    </message>
    <message>
      <source>“{what}” could not be finished because of a fault in SSC Desktop. Nothing of it was saved, and everything saved before is safe. Please copy the details and send them to whoever supports you.</source>
      <translation>«{what}» no pudo terminarse por un fallo de SSC Desktop. No se guardó nada de ello, y todo lo guardado antes está a salvo. Copie los detalles y envíelos a quien le brinde asistencia.</translation>
    </message>
  </context>
  <context>
    <name>FirstStart</name>
    <message>
      <source>&amp;Create your group</source>
      <translation>&amp;Crear su grupo</translation>
    </message>
    <message>
      <source>Invented members from every region, to try things safely. You can create your own group later.</source>
      <translation>Miembros inventados de todas las regiones, para probar sin riesgo. Puede crear su propio grupo más tarde.</translation>
    </message>
    <message>
      <source>Name your group and enter yourself as its chair.</source>
      <translation>Dé nombre a su grupo e inscríbase como su presidente.</translation>
    </message>
    <message>
      <source>Open a &amp;demo group</source>
      <translation>Abrir un grupo de &amp;demostración</translation>
    </message>
    <message>
      <source>This database has no group yet. Create your own group to start your roster, or open a demo group with 500 invented members to look around first.</source>
      <translation>Esta base de datos aún no tiene ningún grupo. Cree su propio grupo para empezar su lista de miembros, o abra primero un grupo de demostración con 500 miembros inventados para echar un vistazo.</translation>
    </message>
    <message>
      <source>Welcome to SSC Desktop</source>
      <translation>Bienvenido a SSC Desktop</translation>
    </message>
  </context>
  <context>
    <name>FirstStartDialog</name>
    <message>
      <source>Your data is kept on the shared server: {path}.</source>
      <translation>Sus datos se guardan en el servidor compartido: {path}.</translation>
    </message>
    <message>
      <source>Your data is kept on this computer in {path}.</source>
      <translation>Sus datos se guardan en este equipo, en {path}.</translation>
    </message>
  </context>
  <context>
    <name>FocalPointTargetsModel</name>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
  </context>
  <context>
    <name>GroupOps</name>
    <message>
      <source>Add a quadrennium</source>
      <translation>Añadir un cuatrienio</translation>
    </message>
    <message>
      <source>Building the demo groups</source>
      <translation>Creando los grupos de demostración</translation>
    </message>
    <message>
      <source>New group</source>
      <translation>Nuevo grupo</translation>
    </message>
  </context>
  <context>
    <name>HistoryOps</name>
    <message>
      <source>Redoing “{step}”</source>
      <translation>Rehaciendo «{step}»</translation>
    </message>
    <message>
      <source>Undoing “{step}”</source>
      <translation>Deshaciendo «{step}»</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt; validated members</source>
      <translation>&lt;b&gt;%1&lt;/b&gt; miembros validados</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Edad</translation>
    </message>
    <message>
      <source>Choose one quadrennium above (not All quadrennia) to see what needs you in it.</source>
      <translation>Elija un cuatrienio arriba (no Todos los cuatrienios) para ver lo que requiere su atención.</translation>
    </message>
    <message>
      <source>Double-click or press Enter to open the page, filtered to these records</source>
      <translation>Haga doble clic o pulse Intro para abrir la página, filtrada a estos registros</translation>
    </message>
    <message>
      <source>Gender</source>
      <translation>Género</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Miembros</translation>
    </message>
    <message>
      <source>Members per country</source>
      <translation>Miembros por país</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group (File ▸ Open the demo group) to try the app first.</source>
      <translation>Aún no hay ningún grupo. Cree su grupo con Archivo ▸ Nuevo grupo…, o abra el grupo de demostración (Archivo ▸ Abrir el grupo de demostración) para probar primero la aplicación.</translation>
    </message>
    <message>
      <source>No validated members in %1 yet. Add members on the Roster page (Ctrl+N) or import your list with File ▸ Import roster… (Ctrl+I); invite and validate them on the Invitations page.</source>
      <translation>Aún no hay miembros validados en %1. Añada miembros en la página Miembros (Ctrl+N) o importe su lista con Archivo ▸ Importar una lista de miembros… (Ctrl+I); invítelos y valídelos en la página Invitaciones.</translation>
    </message>
    <message>
      <source>Nothing needs you right now: no invitation overdue, no letter due, every target updated.</source>
      <translation>Nada requiere su atención por ahora: ninguna invitación vencida, ninguna carta pendiente, todas las metas actualizadas.</translation>
    </message>
    <message>
      <source>Open the page showing them</source>
      <translation>Abrir la página que los muestra</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Quadrennium %1</source>
      <translation>Cuatrienio %1</translation>
    </message>
    <message>
      <source>SSC-wide (2020)</source>
      <translation>Toda la CSE (2020)</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Proporción</translation>
    </message>
    <message>
      <source>Statutory region</source>
      <translation>Región estatutaria</translation>
    </message>
    <message>
      <source>The group's make-up</source>
      <translation>La composición del grupo</translation>
    </message>
    <message>
      <source>What needs you now</source>
      <translation>Lo que requiere su atención</translation>
    </message>
  </context>
  <context>
    <name>ImportPreviewModel</name>
    <message>
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problema</translation>
    </message>
    <message>
      <source>Tick the row to accept these warnings (and apply their repairs):</source>
      <translation>Marque la fila para aceptar estas advertencias (y aplicar sus correcciones):</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Sin cambios</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Actualización</translation>
    </message>
    <message>
      <source>{kind}, accepted</source>
      <translation>{kind}, aceptado</translation>
    </message>
    <message>
      <source>{kind}: check</source>
      <translation>{kind}: revisar</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <source>&amp;Apply ticked rows</source>
      <translation>&amp;Aplicar las filas marcadas</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Examinar…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Merge people…</source>
      <translation>&amp;Fusionar personas…</translation>
    </message>
    <message>
      <source>&amp;Status of new members without one</source>
      <translation>&amp;Estado de los miembros nuevos que no lo tienen</translation>
    </message>
    <message>
      <source>(do not import)</source>
      <translation>(no importar)</translation>
    </message>
    <message>
      <source>0 new, 0 updated: nothing was changed.</source>
      <translation>0 nuevos, 0 actualizados: no se cambió nada.</translation>
    </message>
    <message>
      <source>Accept all &amp;warnings</source>
      <translation>Aceptar todas las &amp;advertencias</translation>
    </message>
    <message>
      <source>All rows ({n})</source>
      <translation>Todas las filas ({n})</translation>
    </message>
    <message>
      <source>An Excel workbook (.xlsx) or a CSV file: a Commission System download, the app's own export, or any list with one person per row.</source>
      <translation>Un libro de Excel (.xlsx) o un archivo CSV: una descarga del Commission System, la exportación de la propia aplicación o cualquier lista con una persona por fila.</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
      <source>Check the columns</source>
      <translation>Revisar las columnas</translation>
    </message>
    <message>
      <source>Choose the file</source>
      <translation>Elegir el archivo</translation>
    </message>
    <message>
      <source>Choose the file to import.</source>
      <translation>Elija el archivo que importar.</translation>
    </message>
    <message>
      <source>Choose the sheet</source>
      <translation>Elegir la hoja</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Column in the file</source>
      <translation>Columna del archivo</translation>
    </message>
    <message>
      <source>Columns not imported: {columns}.</source>
      <translation>Columnas no importadas: {columns}.</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Listo</translation>
    </message>
    <message>
      <source>Each column of the file and the field it fills. Correct any guess; save the mapping to reuse it for files with the same headers.</source>
      <translation>Cada columna del archivo y el campo que rellena. Corrija cualquier suposición; guarde la correspondencia para reutilizarla con archivos que tengan los mismos encabezados.</translation>
    </message>
    <message>
      <source>First values</source>
      <translation>Primeros valores</translation>
    </message>
    <message>
      <source>For the selected rows, whose name came from one Name column: the first part is the family name (Nguyen Van An, 王小明, Kovács Péter)</source>
      <translation>Para las filas seleccionadas cuyo nombre procede de una sola columna Nombre: la primera parte es el apellido (Nguyen Van An, 王小明, Kovács Péter)</translation>
    </message>
    <message>
      <source>Give the mapping a name to save it.</source>
      <translation>Dé un nombre a la correspondencia para guardarla.</translation>
    </message>
    <message>
      <source>Import members</source>
      <translation>Importar miembros</translation>
    </message>
    <message>
      <source>Import members into {group} ({term})</source>
      <translation>Importar miembros en {group} ({term})</translation>
    </message>
    <message>
      <source>Imports as</source>
      <translation>Se importa como</translation>
    </message>
    <message>
      <source>Make two records of one person one (the preview said "maybe the same as")</source>
      <translation>Unir en uno dos registros de la misma persona (la vista previa decía «quizá la misma que»)</translation>
    </message>
    <message>
      <source>Not imported: {columns}.</source>
      <translation>No importado: {columns}.</translation>
    </message>
    <message>
      <source>Nothing changes for this row.</source>
      <translation>Nada cambia en esta fila.</translation>
    </message>
    <message>
      <source>Nothing is written until you have seen the preview and chosen what to apply.</source>
      <translation>No se escribe nada hasta que haya visto la vista previa y elegido qué aplicar.</translation>
    </message>
    <message>
      <source>Nothing to apply: the roster already matches the file.</source>
      <translation>Nada que aplicar: la lista de miembros ya coincide con el archivo.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Vista previa</translation>
    </message>
    <message>
      <source>Rosters (*.xlsx *.csv);;All files (*)</source>
      <translation>Listas de miembros (*.xlsx *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>S&amp;how</source>
      <translation>Mo&amp;strar</translation>
    </message>
    <message>
      <source>S&amp;wap given and family name</source>
      <translation>&amp;Intercambiar nombre y apellido</translation>
    </message>
    <message>
      <source>Save &amp;mapping</source>
      <translation>Guardar la &amp;correspondencia</translation>
    </message>
    <message>
      <source>Saved: files with these headers will be mapped the same way.</source>
      <translation>Guardado: los archivos con estos encabezados se asignarán de la misma manera.</translation>
    </message>
    <message>
      <source>Select a row to see everything about it.</source>
      <translation>Seleccione una fila para ver todo sobre ella.</translation>
    </message>
    <message>
      <source>Some people may be in the roster twice: Merge people… makes two records one.</source>
      <translation>Puede que algunas personas figuren dos veces en la lista: Fusionar personas… une dos registros en uno.</translation>
    </message>
    <message>
      <source>Swap given and family name</source>
      <translation>Intercambiar nombre y apellido</translation>
    </message>
    <message>
      <source>The first part of the name is the family name</source>
      <translation>La primera parte del nombre es el apellido</translation>
    </message>
    <message>
      <source>The workbook has several sheets; the first visible one is chosen.</source>
      <translation>El libro tiene varias hojas; se elige la primera visible.</translation>
    </message>
    <message>
      <source>Tick &amp;all</source>
      <translation>&amp;Marcar todo</translation>
    </message>
    <message>
      <source>Tick &amp;none</source>
      <translation>Desmarcar &amp;todo</translation>
    </message>
    <message>
      <source>Tick every row with warnings too: its repairs are applied as shown</source>
      <translation>Marcar también cada fila con advertencias: sus correcciones se aplican como se muestra</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z) takes the whole import back.</source>
      <translation>Deshacer (Ctrl+Z) revierte toda la importación.</translation>
    </message>
    <message>
      <source>What the import would do, row by row. Tick the rows to apply; rows with problems are never applied.</source>
      <translation>Lo que haría la importación, fila por fila. Marque las filas que aplicar; las filas con problemas nunca se aplican.</translation>
    </message>
    <message>
      <source>With warnings ({n})</source>
      <translation>Con advertencias ({n})</translation>
    </message>
    <message>
      <source>mapping name, e.g. Chair's Office template</source>
      <translation>nombre de la correspondencia, p. ej., plantilla de la oficina del presidente</translation>
    </message>
    <message>
      <source>roster.xlsx or roster.csv</source>
      <translation>lista.xlsx o lista.csv</translation>
    </message>
    <message>
      <source>{added} new and {updated} updated member(s) imported from {file}.</source>
      <translation>{added} miembro(s) nuevo(s) y {updated} actualizado(s) importados de {file}.</translation>
    </message>
    <message>
      <source>{name} (hidden)</source>
      <translation>{name} (oculto)</translation>
    </message>
    <message>
      <source>{n} row(s) have warnings: check them, then tick each one (or Accept all warnings) to apply it.</source>
      <translation>{n} fila(s) tienen advertencias: revíselas y marque cada una (o Aceptar todas las advertencias) para aplicarla.</translation>
    </message>
    <message>
      <source>{n} row(s) with problems were not imported.</source>
      <translation>No se importaron {n} fila(s) con problemas.</translation>
    </message>
    <message>
      <source>{summary}.</source>
      <translation>{summary}.</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— elegir —</translation>
    </message>
  </context>
  <context>
    <name>InvitationOps</name>
    <message>
      <source>Invite</source>
      <translation>Invitar</translation>
    </message>
    <message>
      <source>Record a pipeline step</source>
      <translation>Registrar un paso del seguimiento</translation>
    </message>
    <message>
      <source>Renewing the group</source>
      <translation>Renovando el grupo</translation>
    </message>
  </context>
  <context>
    <name>InvitationsPage</name>
    <message>
      <source>&amp;E-mail…</source>
      <translation>&amp;Correo…</translation>
    </message>
    <message>
      <source>&amp;Invite</source>
      <translation>&amp;Invitar</translation>
    </message>
    <message>
      <source>&amp;Renew for the next quadrennium…</source>
      <translation>&amp;Renovar para el próximo cuatrienio…</translation>
    </message>
    <message>
      <source>&amp;Templates…</source>
      <translation>&amp;Plantillas…</translation>
    </message>
    <message>
      <source>&amp;Validate</source>
      <translation>&amp;Validar</translation>
    </message>
    <message>
      <source>&amp;Via</source>
      <translation>&amp;Por</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; proposed · &lt;b&gt;{1}&lt;/b&gt; invited, &lt;b&gt;{2}&lt;/b&gt; of them overdue · &lt;b&gt;{3}&lt;/b&gt; accepted, awaiting validation · &lt;b&gt;{4}&lt;/b&gt; validated</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt; propuestos · &lt;b&gt;{1}&lt;/b&gt; invitados, &lt;b&gt;{2}&lt;/b&gt; de ellos vencidos · &lt;b&gt;{3}&lt;/b&gt; aceptados, pendientes de validación · &lt;b&gt;{4}&lt;/b&gt; validados</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Aceptado</translation>
    </message>
    <message>
      <source>Add &amp;quadrennium…</source>
      <translation>Añadir &amp;cuatrienio…</translation>
    </message>
    <message>
      <source>Add the next quadrennium (reference data) once the Congress that closes the current one is known</source>
      <translation>Añadir el próximo cuatrienio (datos de referencia) en cuanto se conozca el Congreso que cierra el actual</translation>
    </message>
    <message>
      <source>Carry the group into the next quadrennium: re-invite or do not re-appoint each member</source>
      <translation>Pasar el grupo al próximo cuatrienio: volver a invitar o no volver a nombrar a cada miembro</translation>
    </message>
    <message>
      <source>Create or open a group first.</source>
      <translation>Cree o abra primero un grupo.</translation>
    </message>
    <message>
      <source>E-&amp;mail</source>
      <translation>Co&amp;rreo</translation>
    </message>
    <message>
      <source>E-mail drafts</source>
      <translation>Borradores de correo</translation>
    </message>
    <message>
      <source>Edit the e-mail templates</source>
      <translation>Editar las plantillas de correo</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <source>How the invitation was sent</source>
      <translation>Cómo se envió la invitación</translation>
    </message>
    <message>
      <source>Invitations belong to one quadrennium: choose one above (not All quadrennia).</source>
      <translation>Las invitaciones pertenecen a un cuatrienio: elija uno arriba (no Todos los cuatrienios).</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>Invitado</translation>
    </message>
    <message>
      <source>Mark &amp;accepted</source>
      <translation>Marcar como &amp;aceptado</translation>
    </message>
    <message>
      <source>Mark &amp;declined</source>
      <translation>Marcar como &amp;rechazado</translation>
    </message>
    <message>
      <source>Mark e&amp;xpired</source>
      <translation>Marcar como &amp;vencido</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Aún no hay ningún grupo. Cree su grupo con Archivo ▸ Nuevo grupo…, o abra el grupo de demostración desde el menú Archivo.</translation>
    </message>
    <message>
      <source>No invitation is overdue.</source>
      <translation>Ninguna invitación está vencida.</translation>
    </message>
    <message>
      <source>No membership of this quadrennium has ended.</source>
      <translation>Ninguna membresía de este cuatrienio ha terminado.</translation>
    </message>
    <message>
      <source>Nobody is proposed or invited in this quadrennium yet. Add people on the Roster page as Proposed, then invite them here.</source>
      <translation>Aún no hay nadie propuesto ni invitado en este cuatrienio. Añada personas en la página Miembros como Propuesto y luego invítelas aquí.</translation>
    </message>
    <message>
      <source>Nobody is proposed. Add people on the Roster page with the status Proposed, or import a list.</source>
      <translation>No hay nadie propuesto. Añada personas en la página Miembros con el estado Propuesto, o importe una lista.</translation>
    </message>
    <message>
      <source>Nobody is validated yet: validate the people on the Accepted tab.</source>
      <translation>Aún no hay nadie validado: valide a las personas de la pestaña Aceptado.</translation>
    </message>
    <message>
      <source>Nobody is waiting for validation.</source>
      <translation>Nadie está esperando validación.</translation>
    </message>
    <message>
      <source>Nobody is waiting to answer an invitation. Select people on the Proposed tab and choose Invite.</source>
      <translation>Nadie tiene una invitación pendiente de respuesta. Seleccione personas en la pestaña Propuesto y elija Invitar.</translation>
    </message>
    <message>
      <source>Nobody on this tab matches the search. Clear the search box to see everyone.</source>
      <translation>Nadie en esta pestaña coincide con la búsqueda. Vacíe el cuadro de búsqueda para ver a todos.</translation>
    </message>
    <message>
      <source>O&amp;n</source>
      <translation>&amp;El</translation>
    </message>
    <message>
      <source>Open your mail client with a message to the current member</source>
      <translation>Abrir su programa de correo con un mensaje al miembro actual</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Vencido</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>Propuesto</translation>
    </message>
    <message>
      <source>Record a reminder to the selected invitees</source>
      <translation>Registrar un recordatorio a los invitados seleccionados</translation>
    </message>
    <message>
      <source>Record that the selected people were invited on the chosen day</source>
      <translation>Registrar que las personas seleccionadas fueron invitadas el día elegido</translation>
    </message>
    <message>
      <source>Search by name, e-mail or who proposed them (Ctrl+F)</source>
      <translation>Buscar por nombre, correo o quién los propuso (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search the pipeline</source>
      <translation>Buscar en el seguimiento</translation>
    </message>
    <message>
      <source>Send &amp;reminder</source>
      <translation>Enviar &amp;recordatorio</translation>
    </message>
    <message>
      <source>Skipped {0}: {1}.</source>
      <translation>Omitido {0}: {1}.</translation>
    </message>
    <message>
      <source>The day the step happened</source>
      <translation>El día en que ocurrió el paso</translation>
    </message>
    <message>
      <source>The selected invitations expired without an answer</source>
      <translation>Las invitaciones seleccionadas vencieron sin respuesta</translation>
    </message>
    <message>
      <source>The selected invitees accepted the invitation</source>
      <translation>Los invitados seleccionados aceptaron la invitación</translation>
    </message>
    <message>
      <source>The selected invitees declined</source>
      <translation>Los invitados seleccionados rechazaron la invitación</translation>
    </message>
    <message>
      <source>There is no quadrennium after %1 to renew into: add it first with Add quadrennium…</source>
      <translation>No hay ningún cuatrienio después de %1 al que renovar: añádalo primero con Añadir cuatrienio…</translation>
    </message>
    <message>
      <source>Validate the selected accepted members</source>
      <translation>Validar los miembros aceptados seleccionados</translation>
    </message>
    <message>
      <source>Validated</source>
      <translation>Validado</translation>
    </message>
    <message>
      <source>Write &amp;drafts…</source>
      <translation>Escribir &amp;borradores…</translation>
    </message>
    <message>
      <source>Write e-mail drafts into</source>
      <translation>Escribir los borradores de correo en</translation>
    </message>
    <message>
      <source>Write one e-mail draft (.eml) per selected member (or per row of this table) into a folder</source>
      <translation>Escribir un borrador de correo (.eml) por miembro seleccionado (o por fila de esta tabla) en una carpeta</translation>
    </message>
    <message>
      <source>Wrote {0} draft(s) to {1}.</source>
      <translation>{0} borrador(es) escrito(s) en {1}.</translation>
    </message>
    <message>
      <source>complete</source>
      <translation>completo</translation>
    </message>
    <message>
      <source>{0} has no e-mail address; add one in the member editor first.</source>
      <translation>{0} no tiene dirección de correo; añada una primero en la ficha del miembro.</translation>
    </message>
  </context>
  <context>
    <name>Job</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>The {name} catalogue {path} is missing or damaged, so SSC Desktop stays in English; reinstall SSC Desktop to get {name} back.</source>
      <translation>El catálogo {name} {path} falta o está dañado, así que SSC Desktop sigue en inglés (English); reinstale SSC Desktop para recuperar el {name}.</translation>
    </message>
  </context>
  <context>
    <name>LetterEditor</name>
    <message>
      <source>%1 since %2 (%3 days). Held by %4; waits for %5.</source>
      <translation>%1 desde el %2 (%3 días). En manos de %4; espera %5.</translation>
    </message>
    <message>
      <source>%1 since %2 (%3 days); no further steps.</source>
      <translation>%1 desde el %2 (%3 días); sin más pasos.</translation>
    </message>
    <message>
      <source>&amp;Add file…</source>
      <translation>&amp;Añadir archivo…</translation>
    </message>
    <message>
      <source>&amp;Addressee:</source>
      <translation>&amp;Destinatario:</translation>
    </message>
    <message>
      <source>&amp;Case</source>
      <translation>&amp;Caso</translation>
    </message>
    <message>
      <source>&amp;Dialogue opened:</source>
      <translation>&amp;Diálogo abierto:</translation>
    </message>
    <message>
      <source>&amp;Evidence:</source>
      <translation>&amp;Pruebas:</translation>
    </message>
    <message>
      <source>&amp;Impact:</source>
      <translation>&amp;Impacto:</translation>
    </message>
    <message>
      <source>&amp;Key facts:</source>
      <translation>&amp;Datos clave:</translation>
    </message>
    <message>
      <source>&amp;Note:</source>
      <translation>&amp;Nota:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Abrir</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>&amp;Avance</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Quitar</translation>
    </message>
    <message>
      <source>&amp;Scientific name:</source>
      <translation>Nombre &amp;científico:</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <source>&amp;Urgency:</source>
      <translation>&amp;Urgencia:</translation>
    </message>
    <message>
      <source>&amp;Verify</source>
      <translation>&amp;Verificar</translation>
    </message>
    <message>
      <source>(nobody chosen)</source>
      <translation>(nadie elegido)</translation>
    </message>
    <message>
      <source>(not given)</source>
      <translation>(no indicado)</translation>
    </message>
    <message>
      <source>A new request starts as a draft. Fill in what you know and save; steps and attachments follow.</source>
      <translation>Una solicitud nueva empieza como borrador. Rellene lo que sepa y guarde; los pasos y los adjuntos vienen después.</translation>
    </message>
    <message>
      <source>A&amp;ttachments</source>
      <translation>Ad&amp;juntos</translation>
    </message>
    <message>
      <source>Action re&amp;quested:</source>
      <translation>Acción so&amp;licitada:</translation>
    </message>
    <message>
      <source>Add evidence files</source>
      <translation>Añadir archivos de pruebas</translation>
    </message>
    <message>
      <source>Addressee &amp;country:</source>
      <translation>&amp;País del destinatario:</translation>
    </message>
    <message>
      <source>Addressee t&amp;ype:</source>
      <translation>&amp;Tipo de destinatario:</translation>
    </message>
    <message>
      <source>Alert &amp;raised by:</source>
      <translation>Alerta da&amp;da por:</translation>
    </message>
    <message numerus="yes">
      <source>All %n file(s) are present and unchanged.</source>
      <translation>
        <numerusform>El archivo está presente y sin cambios (%n).</numerusform>
        <numerusform>Los %n archivos están presentes y sin cambios.</numerusform>
      </translation>
    </message>
    <message>
      <source>Anything else the group should remember</source>
      <translation>Cualquier otra cosa que el grupo deba recordar</translation>
    </message>
    <message>
      <source>Authorities, communities, organisations involved</source>
      <translation>Autoridades, comunidades y organizaciones implicadas</translation>
    </message>
    <message>
      <source>Brief saved to %1</source>
      <translation>Nota guardada en %1</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Comprobación</translation>
    </message>
    <message>
      <source>Check that every stored file is present and unchanged</source>
      <translation>Comprobar que cada archivo guardado está presente y sin cambios</translation>
    </message>
    <message>
      <source>Co&amp;mmon name:</source>
      <translation>Nombre co&amp;mún:</translation>
    </message>
    <message>
      <source>Co-signature with</source>
      <translation>Cofirma con</translation>
    </message>
    <message>
      <source>Copy an evidence file (PDF, image, spreadsheet) into the attachment folder</source>
      <translation>Copiar un archivo de pruebas (PDF, imagen, hoja de cálculo) en la carpeta de adjuntos</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Date of the ste&amp;p:</source>
      <translation>Fecha del &amp;paso:</translation>
    </message>
    <message>
      <source>Did a dialogue with the stakeholders open?</source>
      <translation>¿Se abrió un diálogo con las partes interesadas?</translation>
    </message>
    <message>
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xlsx *.xls *.csv *.docx *.doc *.odt *.ods *.txt);;All files (*)</source>
      <translation>Pruebas (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xlsx *.xls *.csv *.docx *.doc *.odt *.ods *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Archivo</translation>
    </message>
    <message>
      <source>Follow-up overdue since %1.</source>
      <translation>Seguimiento vencido desde el %1.</translation>
    </message>
    <message>
      <source>IUCN Director General</source>
      <translation>Director General de la UICN</translation>
    </message>
    <message>
      <source>Key facts and statistics</source>
      <translation>Datos y estadísticas clave</translation>
    </message>
    <message>
      <source>Letter request</source>
      <translation>Solicitud de carta</translation>
    </message>
    <message>
      <source>Letter request: %1</source>
      <translation>Solicitud de carta: %1</translation>
    </message>
    <message>
      <source>Ministry, company or body the letter goes to</source>
      <translation>Ministerio, empresa u organismo al que va dirigida la carta</translation>
    </message>
    <message>
      <source>N&amp;otes:</source>
      <translation>N&amp;otas:</translation>
    </message>
    <message>
      <source>New follow-up:</source>
      <translation>Nuevo seguimiento:</translation>
    </message>
    <message>
      <source>New letter request</source>
      <translation>Nueva solicitud de carta</translation>
    </message>
    <message>
      <source>Next &amp;follow-up:</source>
      <translation>Próximo &amp;seguimiento:</translation>
    </message>
    <message>
      <source>No evidence files yet. Add reports, photos or spreadsheets that support the request.</source>
      <translation>Aún no hay archivos de pruebas. Añada informes, fotos u hojas de cálculo que respalden la solicitud.</translation>
    </message>
    <message>
      <source>No further steps: the request is %1.</source>
      <translation>Sin más pasos: la solicitud está %1.</translation>
    </message>
    <message>
      <source>Not recorded yet</source>
      <translation>Aún no registrado</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>O&amp;utcome</source>
      <translation>Res&amp;ultado</translation>
    </message>
    <message>
      <source>Open a copy of the selected file with the system viewer</source>
      <translation>Abrir una copia del archivo seleccionado con el visor del sistema</translation>
    </message>
    <message>
      <source>Optional: who, what was agreed, reference number</source>
      <translation>Opcional: quién, qué se acordó, número de referencia</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Re&amp;quest</source>
      <translation>Soli&amp;citud</translation>
    </message>
    <message>
      <source>Re&amp;quested by:</source>
      <translation>So&amp;licitado por:</translation>
    </message>
    <message>
      <source>Record the next step</source>
      <translation>Registrar el paso siguiente</translation>
    </message>
    <message>
      <source>Record this step on the date above</source>
      <translation>Registrar este paso en la fecha indicada arriba</translation>
    </message>
    <message>
      <source>Red &amp;List category:</source>
      <translation>Categoría de la &amp;Lista Roja:</translation>
    </message>
    <message>
      <source>Remove the selected file from this request</source>
      <translation>Quitar el archivo seleccionado de esta solicitud</translation>
    </message>
    <message>
      <source>Request &amp;date:</source>
      <translation>&amp;Fecha de la solicitud:</translation>
    </message>
    <message>
      <source>Request created (draft)</source>
      <translation>Solicitud creada (borrador)</translation>
    </message>
    <message>
      <source>Res&amp;ponse:</source>
      <translation>Res&amp;puesta:</translation>
    </message>
    <message>
      <source>Response &amp;received:</source>
      <translation>Respuesta &amp;recibida:</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>SSC Chair</source>
      <translation>Presidente de la CSE</translation>
    </message>
    <message>
      <source>Save &amp;brief as PDF…</source>
      <translation>Guardar la &amp;nota como PDF…</translation>
    </message>
    <message>
      <source>Save the request brief</source>
      <translation>Guardar la nota de la solicitud</translation>
    </message>
    <message>
      <source>Set a date to follow the request up</source>
      <translation>Fijar una fecha para dar seguimiento a la solicitud</translation>
    </message>
    <message>
      <source>Set the next follow-up date with this step</source>
      <translation>Fijar la próxima fecha de seguimiento con este paso</translation>
    </message>
    <message>
      <source>Si&amp;gnatories:</source>
      <translation>Fir&amp;mantes:</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Sta&amp;keholders:</source>
      <translation>Partes &amp;interesadas:</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <source>Summary of the scientific evidence (surveys, publications, assessments)</source>
      <translation>Resumen de las pruebas científicas (censos, publicaciones, evaluaciones)</translation>
    </message>
    <message>
      <source>T&amp;hreat:</source>
      <translation>Ame&amp;naza:</translation>
    </message>
    <message>
      <source>The country of the addressee (type to search)</source>
      <translation>El país del destinatario (escriba para buscar)</translation>
    </message>
    <message>
      <source>The day the addressee answered</source>
      <translation>El día en que respondió el destinatario</translation>
    </message>
    <message>
      <source>The day the request was made</source>
      <translation>El día en que se hizo la solicitud</translation>
    </message>
    <message>
      <source>The day this step happened</source>
      <translation>El día en que ocurrió este paso</translation>
    </message>
    <message>
      <source>The member of the group who asks for the letter</source>
      <translation>El miembro del grupo que pide la carta</translation>
    </message>
    <message>
      <source>The member who raised the alert</source>
      <translation>El miembro que dio la alerta</translation>
    </message>
    <message>
      <source>The serious and urgent threat to the species or its habitat</source>
      <translation>La amenaza grave y urgente para la especie o su hábitat</translation>
    </message>
    <message>
      <source>Up to %1 per file</source>
      <translation>Hasta %1 por archivo</translation>
    </message>
    <message>
      <source>What changed because of the letter</source>
      <translation>Qué cambió gracias a la carta</translation>
    </message>
    <message>
      <source>What the addressee answered</source>
      <translation>Qué respondió el destinatario</translation>
    </message>
    <message>
      <source>What the addressee is asked to do</source>
      <translation>Qué se pide al destinatario que haga</translation>
    </message>
    <message>
      <source>What the letter is about, in a few words</source>
      <translation>De qué trata la carta, en pocas palabras</translation>
    </message>
    <message>
      <source>Write this request's brief for the Network Coordinator</source>
      <translation>Escribir la nota de esta solicitud para el coordinador de la red</translation>
    </message>
    <message>
      <source>e.g. Giant otter</source>
      <translation>p. ej., nutria gigante</translation>
    </message>
    <message>
      <source>e.g. Pteronura brasiliensis</source>
      <translation>p. ej., Pteronura brasiliensis</translation>
    </message>
    <message>
      <source>on</source>
      <translation>el</translation>
    </message>
    <message>
      <source>who co-signs, e.g. WCPA Chair</source>
      <translation>quién cofirma, p. ej., presidente de la CMAP</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>yyyy-MM-dd</translation>
    </message>
  </context>
  <context>
    <name>LetterOps</name>
    <message>
      <source>Add an evidence file</source>
      <translation>Añadir un archivo de pruebas</translation>
    </message>
    <message>
      <source>Delete letter request</source>
      <translation>Eliminar la solicitud de carta</translation>
    </message>
    <message>
      <source>Edit letter request</source>
      <translation>Editar la solicitud de carta</translation>
    </message>
    <message>
      <source>Exporting letter requests…</source>
      <translation>Exportando las solicitudes de carta…</translation>
    </message>
    <message>
      <source>New letter request</source>
      <translation>Nueva solicitud de carta</translation>
    </message>
    <message>
      <source>Record a step</source>
      <translation>Registrar un paso</translation>
    </message>
    <message>
      <source>Remove an evidence file</source>
      <translation>Quitar un archivo de pruebas</translation>
    </message>
    <message>
      <source>Writing the brief…</source>
      <translation>Redactando la nota…</translation>
    </message>
  </context>
  <context>
    <name>LettersModel</name>
    <message>
      <source>%n days</source>
      <translation>%n días</translation>
    </message>
    <message>
      <source>(overdue by %1)</source>
      <translation>(vencido hace %1)</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 día</translation>
    </message>
    <message>
      <source>Addressee</source>
      <translation>Destinatario</translation>
    </message>
    <message>
      <source>Held by</source>
      <translation>En manos de</translation>
    </message>
    <message>
      <source>In this state</source>
      <translation>En este estado</translation>
    </message>
    <message>
      <source>Next follow-up</source>
      <translation>Próximo seguimiento</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <source>Species</source>
      <translation>Especie</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>The follow-up date has passed: contact the addressee or the Chair's Office, then set a new date.</source>
      <translation>La fecha de seguimiento ha pasado: contacte con el destinatario o con la oficina del presidente y fije una fecha nueva.</translation>
    </message>
    <message>
      <source>Urgency</source>
      <translation>Urgencia</translation>
    </message>
    <message>
      <source>Waits for %1</source>
      <translation>Espera %1</translation>
    </message>
    <message>
      <source>today</source>
      <translation>hoy</translation>
    </message>
  </context>
  <context>
    <name>LettersPage</name>
    <message>
      <source>%1 of %2 requests shown; %3 open.</source>
      <translation>Se muestran %1 de %2 solicitudes; %3 abiertas.</translation>
    </message>
    <message>
      <source>%1 request(s) written to %2</source>
      <translation>%1 solicitud(es) escrita(s) en %2</translation>
    </message>
    <message numerus="yes">
      <source>%n follow-up(s) overdue: contact the addressee or the Chair's Office.</source>
      <translation>
        <numerusform>%n seguimiento vencido: contacte con el destinatario o con la oficina del presidente.</numerusform>
        <numerusform>%n seguimientos vencidos: contacte con el destinatario o con la oficina del presidente.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Eliminar…</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>&amp;Exportar a Excel…</translation>
    </message>
    <message>
      <source>&amp;New request…</source>
      <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <source>All species</source>
      <translation>Todas las especies</translation>
    </message>
    <message>
      <source>All states</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <source>Brief saved to %1</source>
      <translation>Nota guardada en %1</translation>
    </message>
    <message>
      <source>Clear the search and every filter</source>
      <translation>Borrar la búsqueda y todos los filtros</translation>
    </message>
    <message>
      <source>Delete '%1' with its steps and %2 attachment(s)? Files no other request uses are removed from the attachment folder. Undo brings back the record, not those files.</source>
      <translation>¿Eliminar «%1» con sus pasos y %2 adjunto(s)? Los archivos que ninguna otra solicitud usa se quitan de la carpeta de adjuntos. Deshacer recupera el registro, no esos archivos.</translation>
    </message>
    <message>
      <source>Delete request</source>
      <translation>Eliminar la solicitud</translation>
    </message>
    <message>
      <source>Delete the selected request with its steps and attachments</source>
      <translation>Eliminar la solicitud seleccionada con sus pasos y adjuntos</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export letter requests</source>
      <translation>Exportar las solicitudes de carta</translation>
    </message>
    <message>
      <source>New request…</source>
      <translation>Nueva solicitud…</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Aún no hay ningún grupo. Cree su grupo con Archivo ▸ Nuevo grupo…, o abra el grupo de demostración desde el menú Archivo.</translation>
    </message>
    <message>
      <source>No letter requests yet. When a member raises an alert about a serious, urgent threat, choose New request… to start one.</source>
      <translation>Aún no hay solicitudes de carta. Cuando un miembro dé la alerta sobre una amenaza grave y urgente, elija Nueva solicitud… para empezar una.</translation>
    </message>
    <message>
      <source>No request matches the filters. Choose Show all to see every request.</source>
      <translation>Ninguna solicitud coincide con los filtros. Elija Mostrar todo para ver todas las solicitudes.</translation>
    </message>
    <message>
      <source>Only &amp;overdue follow-ups</source>
      <translation>Solo los seguimientos &amp;vencidos</translation>
    </message>
    <message>
      <source>Open requests</source>
      <translation>Solicitudes abiertas</translation>
    </message>
    <message>
      <source>Open the selected request (Enter or double-click)</source>
      <translation>Abrir la solicitud seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Register a new intervention letter request (Ctrl+N)</source>
      <translation>Registrar una nueva solicitud de carta de intervención (Ctrl+N)</translation>
    </message>
    <message>
      <source>Save &amp;brief as PDF…</source>
      <translation>Guardar la &amp;nota como PDF…</translation>
    </message>
    <message>
      <source>Save the request brief</source>
      <translation>Guardar la nota de la solicitud</translation>
    </message>
    <message>
      <source>Search title, addressee, species…</source>
      <translation>Buscar título, destinatario, especie…</translation>
    </message>
    <message>
      <source>Show &amp;all</source>
      <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
      <source>Show only open requests whose follow-up date has passed</source>
      <translation>Mostrar solo las solicitudes abiertas cuya fecha de seguimiento ha pasado</translation>
    </message>
    <message>
      <source>Show requests about this species</source>
      <translation>Mostrar las solicitudes sobre esta especie</translation>
    </message>
    <message>
      <source>Show requests at this step of the review</source>
      <translation>Mostrar las solicitudes en este paso de la revisión</translation>
    </message>
    <message>
      <source>Write every request of the group to an Excel workbook</source>
      <translation>Escribir todas las solicitudes del grupo en un libro de Excel</translation>
    </message>
    <message>
      <source>Write the selected request's brief for the Network Coordinator</source>
      <translation>Escribir la nota de la solicitud seleccionada para el coordinador de la red</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About SSC Desktop</source>
      <translation>&amp;Acerca de SSC Desktop</translation>
    </message>
    <message>
      <source>&amp;Back up now…</source>
      <translation>Hacer copia de &amp;seguridad ahora…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Export roster…</source>
      <translation>&amp;Exportar la lista de miembros…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <source>&amp;Group</source>
      <translation>&amp;Grupo</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>&amp;Import roster…</source>
      <translation>&amp;Importar una lista de miembros…</translation>
    </message>
    <message>
      <source>&amp;Merge two records of one person…</source>
      <translation>&amp;Fusionar dos registros de una misma persona…</translation>
    </message>
    <message>
      <source>&amp;New group…</source>
      <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
      <source>&amp;Open database…</source>
      <translation>&amp;Abrir una base de datos…</translation>
    </message>
    <message>
      <source>&amp;Quadrennium</source>
      <translation>&amp;Cuatrienio</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Reload</source>
      <translation>&amp;Recargar</translation>
    </message>
    <message>
      <source>&amp;Roster</source>
      <translation>&amp;Miembros</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Configuración…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>About SSC Desktop</source>
      <translation>Acerca de SSC Desktop</translation>
    </message>
    <message>
      <source>All quadrennia</source>
      <translation>Todos los cuatrienios</translation>
    </message>
    <message>
      <source>Backed up to {path}</source>
      <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
      <source>Last backup: never</source>
      <translation>Última copia de seguridad: nunca</translation>
    </message>
    <message>
      <source>Last backup: {when}</source>
      <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
      <source>No group yet</source>
      <translation>Aún no hay grupo</translation>
    </message>
    <message>
      <source>One person entered twice (two e-mail addresses): keep one record with both histories; one undo step</source>
      <translation>Una persona introducida dos veces (dos direcciones de correo): conservar un solo registro con ambos historiales; un solo paso de deshacer</translation>
    </message>
    <message>
      <source>Open an SSC Desktop database</source>
      <translation>Abrir una base de datos de SSC Desktop</translation>
    </message>
    <message>
      <source>Open invented demo groups in a database of their own, to try things without touching your roster</source>
      <translation>Abrir grupos de demostración inventados en una base de datos aparte, para probar sin tocar su lista de miembros</translation>
    </message>
    <message>
      <source>Open the &amp;demo group</source>
      <translation>Abrir el grupo de &amp;demostración</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>Páginas</translation>
    </message>
    <message>
      <source>SSC Desktop</source>
      <translation>SSC Desktop</translation>
    </message>
    <message>
      <source>SSC Desktop databases (*.sqlite *.db);;All files (*)</source>
      <translation>Bases de datos de SSC Desktop (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>SSC Desktop {version}

SSC Desktop keeps the roster of an IUCN Species Survival Commission group on this computer, offline.

Database: {path}
Data folder: {folder}
Log file: {log}</source>
      <translation>SSC Desktop {version}

SSC Desktop guarda la lista de miembros de un grupo de la Comisión de Supervivencia de Especies de la UICN en este equipo, sin conexión.

Base de datos: {path}
Carpeta de datos: {folder}
Archivo de registro: {log}</translation>
    </message>
    <message>
      <source>{group} — SSC Desktop</source>
      <translation>{group} — SSC Desktop</translation>
    </message>
  </context>
  <context>
    <name>MaintenanceOps</name>
    <message>
      <source>Backing up</source>
      <translation>Copia de seguridad</translation>
    </message>
  </context>
  <context>
    <name>MemberEditor</name>
    <message>
      <source>&amp;Alternate e-mail</source>
      <translation>Correo &amp;alternativo</translation>
    </message>
    <message>
      <source>&amp;Country of residence</source>
      <translation>&amp;País de residencia</translation>
    </message>
    <message>
      <source>&amp;Details</source>
      <translation>&amp;Detalles</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;Correo</translation>
    </message>
    <message>
      <source>&amp;Family name</source>
      <translation>&amp;Apellidos</translation>
    </message>
    <message>
      <source>&amp;Given name(s)</source>
      <translation>&amp;Nombre(s)</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>&amp;Historial</translation>
    </message>
    <message>
      <source>&amp;IUCN username</source>
      <translation>Usuario de la &amp;UICN</translation>
    </message>
    <message>
      <source>&amp;Languages</source>
      <translation>&amp;Idiomas</translation>
    </message>
    <message>
      <source>&amp;Nationality</source>
      <translation>&amp;Nacionalidad</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Organización</translation>
    </message>
    <message>
      <source>&amp;Position</source>
      <translation>&amp;Cargo</translation>
    </message>
    <message>
      <source>&amp;Region</source>
      <translation>&amp;Región</translation>
    </message>
    <message>
      <source>&amp;Roles</source>
      <translation>&amp;Funciones</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>&amp;Estado:</translation>
    </message>
    <message>
      <source>, ended {day}</source>
      <translation>, terminada el {day}</translation>
    </message>
    <message>
      <source>, since {day}</source>
      <translation>, desde el {day}</translation>
    </message>
    <message>
      <source>Add member</source>
      <translation>Añadir miembro</translation>
    </message>
    <message>
      <source>Age &amp;band</source>
      <translation>&amp;Franja de edad</translation>
    </message>
    <message>
      <source>Anonymise {name}</source>
      <translation>Anonimizar a {name}</translation>
    </message>
    <message>
      <source>Anonymise…</source>
      <translation>Anonimizar…</translation>
    </message>
    <message>
      <source>Before → after</source>
      <translation>Antes → después</translation>
    </message>
    <message>
      <source>Code of Conduct &amp;accepted on</source>
      <translation>Código de Conducta &amp;aceptado el</translation>
    </message>
    <message>
      <source>Conflict of interest &amp;declared on</source>
      <translation>Conflicto de intereses &amp;declarado el</translation>
    </message>
    <message>
      <source>E&amp;xpertise</source>
      <translation>E&amp;specialidad</translation>
    </message>
    <message>
      <source>Engages in CITES discussions</source>
      <translation>Participa en los debates de la CITES</translation>
    </message>
    <message>
      <source>Enter at least the given name(s) and the family name.</source>
      <translation>Escriba al menos el nombre o los nombres y los apellidos.</translation>
    </message>
    <message>
      <source>Export personal data…</source>
      <translation>Exportar los datos personales…</translation>
    </message>
    <message>
      <source>Export the personal data of {name}</source>
      <translation>Exportar los datos personales de {name}</translation>
    </message>
    <message>
      <source>Ge&amp;nder</source>
      <translation>Gé&amp;nero</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Miembro</translation>
    </message>
    <message>
      <source>Member of an SSC committee</source>
      <translation>Miembro de un comité de la CSE</translation>
    </message>
    <message>
      <source>Member: {given} {family}</source>
      <translation>Miembro: {given} {family}</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>N&amp;otas</translation>
    </message>
    <message>
      <source>Name as &amp;written</source>
      <translation>Nombre tal como se &amp;escribe</translation>
    </message>
    <message>
      <source>New member of the group for this quadrennium.</source>
      <translation>Nuevo miembro del grupo para este cuatrienio.</translation>
    </message>
    <message>
      <source>No recorded changes yet.</source>
      <translation>Aún no hay cambios registrados.</translation>
    </message>
    <message>
      <source>Not given</source>
      <translation>No indicado</translation>
    </message>
    <message>
      <source>Only a departed member can be anonymised: end the membership first.</source>
      <translation>Solo se puede anonimizar a un miembro que ya salió: termine primero la membresía.</translation>
    </message>
    <message>
      <source>Optional and private: only for the group's diversity figures</source>
      <translation>Opcional y privado: solo para las cifras de diversidad del grupo</translation>
    </message>
    <message>
      <source>Replace this departed member's identifying data everywhere, keeping only region, gender, age band, dates and statuses for the figures.</source>
      <translation>Reemplazar en todas partes los datos identificativos de este miembro que ya salió, conservando solo la región, el género, la franja de edad, las fechas y los estados para las cifras.</translation>
    </message>
    <message>
      <source>Replace {name}'s name, addresses, organisation and notes everywhere, history and change log included? Region, gender, age band, dates and statuses are kept for the figures. This cannot be undone.</source>
      <translation>¿Reemplazar en todas partes el nombre, las direcciones, la organización y las notas de {name}, incluidos el historial y el registro de cambios? La región, el género, la franja de edad, las fechas y los estados se conservan para las cifras. Esto no se puede deshacer.</translation>
    </message>
    <message>
      <source>Roles this member holds in the group now. A role you untick ends today; its history is kept.</source>
      <translation>Funciones que este miembro desempeña ahora en el grupo. Una función que desmarque termina hoy; su historial se conserva.</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Estado:</translation>
    </message>
    <message>
      <source>Step: {operation}</source>
      <translation>Paso: {operation}</translation>
    </message>
    <message>
      <source>The IUCN statutory region; normally the one of the country</source>
      <translation>La región estatutaria de la UICN; normalmente la del país</translation>
    </message>
    <message>
      <source>The country's region</source>
      <translation>La región del país</translation>
    </message>
    <message>
      <source>The history starts when the member is saved.</source>
      <translation>El historial empieza cuando se guarda el miembro.</translation>
    </message>
    <message>
      <source>The name in the person's own script and order</source>
      <translation>El nombre en la escritura y el orden propios de la persona</translation>
    </message>
    <message>
      <source>The status the new member starts with</source>
      <translation>El estado con el que empieza el nuevo miembro</translation>
    </message>
    <message>
      <source>The username in the IUCN Commission System</source>
      <translation>El nombre de usuario en el Commission System de la UICN</translation>
    </message>
    <message>
      <source>Tick at least one role on the Roles tab (Member, for most people).</source>
      <translation>Marque al menos una función en la pestaña Funciones (Miembro, para la mayoría de las personas).</translation>
    </message>
    <message>
      <source>Type to find a country; the region follows from it</source>
      <translation>Escriba para encontrar un país; la región se deduce de él</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Qué</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Quién</translation>
    </message>
    <message>
      <source>Write everything held about this person (history included) to a JSON file, with a readable PDF beside it: the answer to a request for their data.</source>
      <translation>Escribir todo lo que se guarda sobre esta persona (incluido el historial) en un archivo JSON, con un PDF legible al lado: la respuesta a una solicitud de sus datos.</translation>
    </message>
    <message>
      <source>Wrote {json} and {pdf}.</source>
      <translation>Se escribieron {json} y {pdf}.</translation>
    </message>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-DD</translation>
    </message>
    <message>
      <source>e.g. English, Spanish</source>
      <translation>p. ej., inglés, español</translation>
    </message>
    <message>
      <source>in their own script, e.g. Иван Иванов</source>
      <translation>en su escritura, p. ej., Иван Иванов</translation>
    </message>
    <message>
      <source>keywords, separated by commas</source>
      <translation>palabras clave, separadas por comas</translation>
    </message>
    <message>
      <source>name@example.org</source>
      <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
      <source>required</source>
      <translation>obligatorio</translation>
    </message>
    <message>
      <source>type to find a country</source>
      <translation>escriba para encontrar un país</translation>
    </message>
    <message>
      <source>{label}: '{text}' is not a date; write it as YYYY-MM-DD, for example 2025-03-31.</source>
      <translation>{label}: «{text}» no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2025-03-31.</translation>
    </message>
    <message>
      <source>{label}: '{text}' is not in the list of countries; choose a country from the list.</source>
      <translation>{label}: «{text}» no está en la lista de países; elija un país de la lista.</translation>
    </message>
    <message>
      <source>{status} · quadrennium {term}{since}{ended}</source>
      <translation>{status} · cuatrienio {term}{since}{ended}</translation>
    </message>
  </context>
  <context>
    <name>MemberOnboardingTab</name>
    <message>
      <source>#</source>
      <translation>N.º</translation>
    </message>
    <message>
      <source>&amp;Save declarations</source>
      <translation>&amp;Guardar las declaraciones</translation>
    </message>
    <message>
      <source>Code of Conduct &amp;accepted on</source>
      <translation>Código de Conducta &amp;aceptado el</translation>
    </message>
    <message>
      <source>Conflict of interest &amp;declared on</source>
      <translation>Conflicto de intereses &amp;declarado el</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Documento</translation>
    </message>
    <message>
      <source>Engages in &amp;CITES discussions</source>
      <translation>Participa en los debates de la &amp;CITES</translation>
    </message>
    <message>
      <source>Mark as &amp;unread</source>
      <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
      <source>Mark selected as &amp;read</source>
      <translation>Marcar la selección como &amp;leída</translation>
    </message>
    <message>
      <source>Onboarding complete.</source>
      <translation>Incorporación completa.</translation>
    </message>
    <message>
      <source>Part of a Co&amp;mmittee</source>
      <translation>Miembro de un co&amp;mité</translation>
    </message>
    <message>
      <source>Read &amp;on</source>
      <translation>Leído &amp;el</translation>
    </message>
    <message>
      <source>Read on</source>
      <translation>Leído el</translation>
    </message>
    <message>
      <source>Still to do: {0}.</source>
      <translation>Queda por hacer: {0}.</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <source>not yet</source>
      <translation>aún no</translation>
    </message>
  </context>
  <context>
    <name>MemberTargetsTab</name>
    <message numerus="yes">
      <source>%n target(s) need(s) a new focal point: this person's membership has ended.</source>
      <translation>
        <numerusform>%n meta necesita un nuevo punto focal: la membresía de esta persona ha terminado.</numerusform>
        <numerusform>%n metas necesitan un nuevo punto focal: la membresía de esta persona ha terminado.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Focal point for %n target(s).</source>
      <translation>
        <numerusform>Punto focal de %n meta.</numerusform>
        <numerusform>Punto focal de %n metas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not a focal point for any target. Name focal points in the target editor on the Targets page.</source>
      <translation>No es punto focal de ninguna meta. Designe los puntos focales en el editor de metas de la página Metas.</translation>
    </message>
  </context>
  <context>
    <name>MergePeople</name>
    <message>
      <source>&amp;Keep (e-mail)</source>
      <translation>&amp;Conservar (correo)</translation>
    </message>
    <message>
      <source>&amp;Merge into it (e-mail)</source>
      <translation>&amp;Fusionar en este (correo)</translation>
    </message>
    <message>
      <source>Merge people</source>
      <translation>Fusionar personas</translation>
    </message>
    <message>
      <source>Two records of one person (imported under two e-mail addresses, for instance) become one. The person you keep takes over the other's memberships, roles, history, invitations, targets and letters; their empty fields are filled from the other record, whose address becomes the alternate one.</source>
      <translation>Dos registros de una misma persona (importada con dos direcciones de correo, por ejemplo) pasan a ser uno. La persona que se conserva asume las membresías, funciones, historial, invitaciones, metas y cartas de la otra; sus campos vacíos se rellenan con el otro registro, cuya dirección pasa a ser la alternativa.</translation>
    </message>
    <message>
      <source>the address of the record that disappears</source>
      <translation>la dirección del registro que desaparece</translation>
    </message>
    <message>
      <source>the address of the record to keep</source>
      <translation>la dirección del registro que se conserva</translation>
    </message>
  </context>
  <context>
    <name>MergePeopleDialog</name>
    <message>
      <source>&amp;Merge</source>
      <translation>&amp;Fusionar</translation>
    </message>
    <message>
      <source>Enter both addresses.</source>
      <translation>Escriba las dos direcciones.</translation>
    </message>
    <message>
      <source>{merge} ({merge_email}) will be merged into {keep} ({keep_email}), with {count} membership(s). Undo (Ctrl+Z) takes the merge back.</source>
      <translation>{merge} ({merge_email}) se fusionará en {keep} ({keep_email}), con {count} membresía(s). Deshacer (Ctrl+Z) revierte la fusión.</translation>
    </message>
  </context>
  <context>
    <name>NavigationCounts</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
  </context>
  <context>
    <name>NewGroup</name>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;Correo</translation>
    </message>
    <message>
      <source>&amp;Family name</source>
      <translation>&amp;Apellidos</translation>
    </message>
    <message>
      <source>&amp;Given name(s)</source>
      <translation>&amp;Nombre(s)</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <source>&amp;Short code</source>
      <translation>&amp;Código corto</translation>
    </message>
    <message>
      <source>&amp;Type</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <source>Create your group</source>
      <translation>Crear su grupo</translation>
    </message>
    <message>
      <source>Ta&amp;xonomic set</source>
      <translation>Conjunto ta&amp;xonómico</translation>
    </message>
    <message>
      <source>The group</source>
      <translation>El grupo</translation>
    </message>
    <message>
      <source>You, the chair</source>
      <translation>Usted, el presidente</translation>
    </message>
    <message>
      <source>e.g. OSG</source>
      <translation>p. ej., OSG</translation>
    </message>
    <message>
      <source>e.g. Otter Specialist Group</source>
      <translation>p. ej., Grupo de especialistas en nutrias</translation>
    </message>
    <message>
      <source>name@example.org</source>
      <translation>nombre@ejemplo.org</translation>
    </message>
  </context>
  <context>
    <name>NewGroupDialog</name>
    <message>
      <source>Create group</source>
      <translation>Crear el grupo</translation>
    </message>
    <message>
      <source>Enter the group's name and short code, and your own name and e-mail.</source>
      <translation>Escriba el nombre y el código corto del grupo, y su propio nombre y correo.</translation>
    </message>
    <message>
      <source>Enter your e-mail, so members' replies reach you.</source>
      <translation>Escriba su correo para que le lleguen las respuestas de los miembros.</translation>
    </message>
    <message>
      <source>None (a cross-cutting group)</source>
      <translation>Ninguno (grupo transversal)</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <source>&amp;Redo {step}</source>
      <translation>&amp;Rehacer {step}</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Undo {step}</source>
      <translation>&amp;Deshacer {step}</translation>
    </message>
    <message>
      <source>Cancelled; nothing was changed.</source>
      <translation>Cancelado; no se cambió nada.</translation>
    </message>
  </context>
  <context>
    <name>PipelineModel</name>
    <message>
      <source>%1 (last %2)</source>
      <translation>%1 (último el %2)</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Aceptada</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Rechazada</translation>
    </message>
    <message>
      <source>Past the deadline with no answer</source>
      <translation>Plazo vencido sin respuesta</translation>
    </message>
  </context>
  <context>
    <name>Progress</name>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>No update yet</source>
      <translation>Aún sin actualizaciones</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>No hecho</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Sin empezar</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>The database {path} cannot be opened ({reason}). Check the folder exists and you may write to it.</source>
      <translation>No se puede abrir la base de datos {path} ({reason}). Compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
  </context>
  <context>
    <name>RenewalWizard</name>
    <message>
      <source> days</source>
      <translation> días</translation>
    </message>
    <message>
      <source>&amp;Add role</source>
      <translation>&amp;Añadir función</translation>
    </message>
    <message>
      <source>&amp;Answer within</source>
      <translation>&amp;Responder en</translation>
    </message>
    <message>
      <source>&amp;Do not re-appoint selected</source>
      <translation>&amp;No volver a nombrar a los seleccionados</translation>
    </message>
    <message>
      <source>&amp;Into</source>
      <translation>&amp;Hacia</translation>
    </message>
    <message>
      <source>&amp;Re-invite selected</source>
      <translation>&amp;Volver a invitar a los seleccionados</translation>
    </message>
    <message>
      <source>&amp;Via</source>
      <translation>&amp;Por</translation>
    </message>
    <message>
      <source>(no quadrennium)</source>
      <translation>(ningún cuatrienio)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Renew the &lt;b&gt;{0}&lt;/b&gt; from {1} into &lt;b&gt;{2}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;{3}&lt;/b&gt; re-invited: their {1} membership ends as &lt;i&gt;Term ended&lt;/i&gt;, and each gets a new {2} membership as &lt;i&gt;Invited&lt;/i&gt; with a renewal invitation sent on {4}, to be answered within {5} days.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{6}&lt;/b&gt; not re-appointed: their {1} membership ends as &lt;i&gt;Not re-appointed&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{7}&lt;/b&gt; already entered in {2}: their {1} membership ends as &lt;i&gt;Term ended&lt;/i&gt;; their {2} membership stays as it is.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The {1} roster and its history stay as they are. Undo (Ctrl+Z) reverses the whole renewal.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Renovar el &lt;b&gt;{0}&lt;/b&gt; de {1} a &lt;b&gt;{2}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;{3}&lt;/b&gt; invitados de nuevo: su membresía de {1} termina como &lt;i&gt;Mandato terminado&lt;/i&gt;, y cada uno recibe una nueva membresía de {2} como &lt;i&gt;Invitado&lt;/i&gt; con una invitación de renovación enviada el {4}, que debe responderse en {5} días.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{6}&lt;/b&gt; no nombrados de nuevo: su membresía de {1} termina como &lt;i&gt;No nombrado de nuevo&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;{7}&lt;/b&gt; ya registrados en {2}: su membresía de {1} termina como &lt;i&gt;Mandato terminado&lt;/i&gt;; su membresía de {2} se mantiene como está.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;La lista de miembros de {1} y su historial se mantienen como están. Deshacer (Ctrl+Z) revierte toda la renovación.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>At the start of every quadrennium each group is reconstituted and every member is invited again. Nothing changes until the last page.</source>
      <translation>Al comienzo de cada cuatrienio, cada grupo se reconstituye y cada miembro es invitado de nuevo. Nada cambia hasta la última página.</translation>
    </message>
    <message>
      <source>Every current member is listed. Tick who is re-invited; select several rows to change decisions or roles at once.</source>
      <translation>Se muestra cada miembro actual. Marque a quién se invita de nuevo; seleccione varias filas para cambiar decisiones o funciones a la vez.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>Invitations &amp;sent on</source>
      <translation>Invitaciones &amp;enviadas el</translation>
    </message>
    <message>
      <source>Nobody in {0} is a current member; there is nobody to carry forward.</source>
      <translation>Nadie en {0} es miembro actual; no hay nadie que trasladar.</translation>
    </message>
    <message>
      <source>One step, undoable with Ctrl+Z. The old quadrennium keeps its members and history.</source>
      <translation>Un solo paso, que se puede deshacer con Ctrl+Z. El cuatrienio anterior conserva sus miembros y su historial.</translation>
    </message>
    <message>
      <source>Re&amp;move role</source>
      <translation>&amp;Quitar función</translation>
    </message>
    <message>
      <source>Renew</source>
      <translation>Renovar</translation>
    </message>
    <message>
      <source>Renew the group for the next quadrennium</source>
      <translation>Renovar el grupo para el próximo cuatrienio</translation>
    </message>
    <message>
      <source>There is no later quadrennium to renew into. Add the next one on the Invitations page (Add quadrennium…) or with 'ssc-desktop quadrennium add'.</source>
      <translation>No hay un cuatrienio posterior al que renovar. Añada el próximo en la página Invitaciones (Añadir cuatrienio…) o con «ssc-desktop quadrennium add».</translation>
    </message>
    <message>
      <source>Which quadrennium?</source>
      <translation>¿Qué cuatrienio?</translation>
    </message>
    <message>
      <source>Who is re-invited?</source>
      <translation>¿A quién se invita de nuevo?</translation>
    </message>
    <message>
      <source>{0} re-invited, {1} not re-appointed</source>
      <translation>{0} invitado(s) de nuevo, {1} no nombrado(s) de nuevo</translation>
    </message>
    <message>
      <source>{0} re-invited, {1} not re-appointed, {2} already entered</source>
      <translation>{0} invitado(s) de nuevo, {1} no nombrado(s) de nuevo, {2} ya registrado(s)</translation>
    </message>
  </context>
  <context>
    <name>ReportOps</name>
    <message>
      <source>Generating the quarterly report…</source>
      <translation>Generando el informe trimestral…</translation>
    </message>
    <message>
      <source>Writing the annual report…</source>
      <translation>Redactando el informe anual…</translation>
    </message>
  </context>
  <context>
    <name>ReportsPage</name>
    <message>
      <source>%1 (to date)</source>
      <translation>%1 (hasta la fecha)</translation>
    </message>
    <message>
      <source>%1, %2: %3 pages.</source>
      <translation>%1, %2: %3 páginas.</translation>
    </message>
    <message>
      <source>&amp;Generate preview</source>
      <translation>&amp;Generar vista previa</translation>
    </message>
    <message>
      <source>&amp;Invitations</source>
      <translation>&amp;Invitaciones</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Idioma:</translation>
    </message>
    <message>
      <source>&amp;Membership at a glance</source>
      <translation>&amp;Membresía de un vistazo</translation>
    </message>
    <message>
      <source>&amp;Onboarding</source>
      <translation>&amp;Incorporación</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papel:</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>&amp;Trimestre:</translation>
    </message>
    <message>
      <source>&amp;Roster appendix</source>
      <translation>&amp;Anexo: lista de miembros</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
      <source>&amp;Targets</source>
      <translation>&amp;Metas</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>&amp;Año:</translation>
    </message>
    <message>
      <source>A calendar quarter; figures are as they stood on its last day</source>
      <translation>Un trimestre natural; las cifras son las de su último día</translation>
    </message>
    <message>
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <source>Annual report to the SSC</source>
      <translation>Informe anual a la CSE</translation>
    </message>
    <message>
      <source>Cancelled; no report was generated.</source>
      <translation>Cancelado; no se generó ningún informe.</translation>
    </message>
    <message>
      <source>Choose a quarter and the sections, then generate a preview.</source>
      <translation>Elija un trimestre y las secciones y genere una vista previa.</translation>
    </message>
    <message>
      <source>Gender and age &amp;balance</source>
      <translation>&amp;Equilibrio de género y edad</translation>
    </message>
    <message>
      <source>Generating the report…</source>
      <translation>Generando el informe…</translation>
    </message>
    <message>
      <source>Group:</source>
      <translation>Grupo:</translation>
    </message>
    <message>
      <source>Intervention &amp;letters</source>
      <translation>&amp;Cartas de intervención</translation>
    </message>
    <message>
      <source>No group yet: a report is about one group. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Aún no hay ningún grupo: un informe trata de un grupo. Cree su grupo con Archivo ▸ Nuevo grupo…, o abra el grupo de demostración desde el menú Archivo.</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation>Ninguno por ahora</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Quarterly report</source>
      <translation>Informe trimestral</translation>
    </message>
    <message>
      <source>Save &amp;annual report…</source>
      <translation>Guardar el informe &amp;anual…</translation>
    </message>
    <message>
      <source>Save the annual report</source>
      <translation>Guardar el informe anual</translation>
    </message>
    <message>
      <source>Save the report as PDF</source>
      <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
      <source>Saved the annual report %1 to %2 and %3.</source>
      <translation>Informe anual %1 guardado en %2 y %3.</translation>
    </message>
    <message>
      <source>Saved to %1.</source>
      <translation>Guardado en %1.</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <source>Sent %1 pages to the printer.</source>
      <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
    <message>
      <source>The group chosen at the top of the window</source>
      <translation>El grupo elegido en la parte superior de la ventana</translation>
    </message>
    <message>
      <source>The language the quarterly and annual reports are written in, whatever the window's language</source>
      <translation>El idioma en que se redactan los informes trimestrales y anuales, sea cual sea el de la ventana</translation>
    </message>
    <message>
      <source>The printer could not be opened.</source>
      <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message>
      <source>The report could not be generated.</source>
      <translation>No se pudo generar el informe.</translation>
    </message>
    <message>
      <source>The report could not be saved to %1 (%2); choose another folder.</source>
      <translation>No se pudo guardar el informe en %1 (%2); elija otra carpeta.</translation>
    </message>
    <message>
      <source>The settings changed: generate the preview again before saving or printing.</source>
      <translation>La configuración cambió: genere de nuevo la vista previa antes de guardar o imprimir.</translation>
    </message>
    <message>
      <source>Tick at least one section to print.</source>
      <translation>Marque al menos una sección que imprimir.</translation>
    </message>
    <message>
      <source>US Letter</source>
      <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
      <source>Warning: %1</source>
      <translation>Advertencia: %1</translation>
    </message>
    <message>
      <source>Write the group's annual report for the SSC as a PDF, with the same tables in a workbook beside it</source>
      <translation>Escribir el informe anual del grupo para la CSE en PDF, con las mismas tablas en un libro al lado</translation>
    </message>
  </context>
  <context>
    <name>RosterFilter</name>
    <message>
      <source>Onboarding: {summary}</source>
      <translation>Incorporación: {summary}</translation>
    </message>
    <message>
      <source>⚠ Focal point for 1 target: needs replacing</source>
      <translation>⚠ Punto focal de 1 meta: hay que reemplazarlo</translation>
    </message>
    <message>
      <source>⚠ Focal point for {n} targets: needs replacing</source>
      <translation>⚠ Punto focal de {n} metas: hay que reemplazarlo</translation>
    </message>
  </context>
  <context>
    <name>RosterModel</name>
    <message>
      <source>Writes their name as: {name}</source>
      <translation>Escribe su nombre así: {name}</translation>
    </message>
  </context>
  <context>
    <name>RosterOps</name>
    <message>
      <source>Add member</source>
      <translation>Añadir miembro</translation>
    </message>
    <message>
      <source>Anonymise a person</source>
      <translation>Anonimizar a una persona</translation>
    </message>
    <message>
      <source>Edit member</source>
      <translation>Editar miembro</translation>
    </message>
    <message>
      <source>End membership</source>
      <translation>Terminar la membresía</translation>
    </message>
    <message>
      <source>Mark a document unread</source>
      <translation>Marcar un documento como no leído</translation>
    </message>
    <message>
      <source>Mark documents read</source>
      <translation>Marcar documentos como leídos</translation>
    </message>
    <message>
      <source>Merge people</source>
      <translation>Fusionar personas</translation>
    </message>
    <message>
      <source>Save declarations</source>
      <translation>Guardar las declaraciones</translation>
    </message>
  </context>
  <context>
    <name>RosterPage</name>
    <message>
      <source>&amp;Add member…</source>
      <translation>&amp;Añadir miembro…</translation>
    </message>
    <message>
      <source>&amp;Clear search and filters</source>
      <translation>&amp;Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
      <source>&amp;End membership…</source>
      <translation>&amp;Terminar la membresía…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Abrir…</translation>
    </message>
    <message>
      <source>Active members</source>
      <translation>Miembros activos</translation>
    </message>
    <message>
      <source>Add a member to this group (Ctrl+N)</source>
      <translation>Añadir un miembro a este grupo (Ctrl+N)</translation>
    </message>
    <message>
      <source>Add member…</source>
      <translation>Añadir miembro…</translation>
    </message>
    <message>
      <source>All members</source>
      <translation>Todos los miembros</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>Todas las regiones</translation>
    </message>
    <message>
      <source>All roles</source>
      <translation>Todas las funciones</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <source>Choose a group and a quadrennium (not 'All quadrennia') before adding a member.</source>
      <translation>Elija un grupo y un cuatrienio (no «Todos los cuatrienios») antes de añadir un miembro.</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xportar…</translation>
    </message>
    <message>
      <source>End membership…</source>
      <translation>Terminar la membresía…</translation>
    </message>
    <message>
      <source>End the selected membership, with a reason and a date (Delete)</source>
      <translation>Terminar la membresía seleccionada, con un motivo y una fecha (Supr)</translation>
    </message>
    <message>
      <source>Ended memberships</source>
      <translation>Membresías terminadas</translation>
    </message>
    <message>
      <source>Export the roster to Excel or CSV (Ctrl+E)</source>
      <translation>Exportar la lista de miembros a Excel o CSV (Ctrl+E)</translation>
    </message>
    <message>
      <source>Import a roster from Excel or CSV (Ctrl+I)</source>
      <translation>Importar una lista de miembros desde Excel o CSV (Ctrl+I)</translation>
    </message>
    <message>
      <source>In the pipeline (proposed to accepted)</source>
      <translation>En curso (de propuesto a aceptado)</translation>
    </message>
    <message>
      <source>Incomplete onboarding</source>
      <translation>Incorporación incompleta</translation>
    </message>
    <message>
      <source>Merge these two records of one person…</source>
      <translation>Fusionar estos dos registros de una misma persona…</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Requiere atención</translation>
    </message>
    <message>
      <source>No country given</source>
      <translation>País no indicado</translation>
    </message>
    <message>
      <source>No group is open yet. Create your group with File › New group… or open the demo group.</source>
      <translation>Aún no hay ningún grupo abierto. Cree su grupo con Archivo › Nuevo grupo… o abra el grupo de demostración.</translation>
    </message>
    <message>
      <source>No member matches the search and filters. Clear them to see all {total} members.</source>
      <translation>Ningún miembro coincide con la búsqueda y los filtros. Bórrelos para ver los {total} miembros.</translation>
    </message>
    <message>
      <source>No members in this group for this quadrennium yet. Add a member (Ctrl+N) or import your roster from Excel (Ctrl+I).</source>
      <translation>Aún no hay miembros en este grupo para este cuatrienio. Añada un miembro (Ctrl+N) o importe su lista de miembros desde Excel (Ctrl+I).</translation>
    </message>
    <message>
      <source>No members yet.</source>
      <translation>Aún no hay miembros.</translation>
    </message>
    <message>
      <source>Nobody here needs attention: every accepted or validated member has finished onboarding, and no target's focal point has left. Choose All members to see all {total} members.</source>
      <translation>Nadie aquí requiere atención: cada miembro aceptado o validado ha completado su incorporación y ningún punto focal de meta se ha ido. Elija Todos los miembros para ver los {total} miembros.</translation>
    </message>
    <message>
      <source>Open the selected member (Enter or double-click)</source>
      <translation>Abrir el miembro seleccionado (Intro o doble clic)</translation>
    </message>
    <message>
      <source>Replace focal point</source>
      <translation>Reemplazar el punto focal</translation>
    </message>
    <message>
      <source>Search name, e-mail, organisation, country…</source>
      <translation>Buscar nombre, correo, organización, país…</translation>
    </message>
    <message>
      <source>Select the two records of one person (Ctrl+click), then merge them</source>
      <translation>Seleccione los dos registros de una misma persona (Ctrl+clic) y luego fusiónelos</translation>
    </message>
    <message>
      <source>Show members holding this role</source>
      <translation>Mostrar los miembros que desempeñan esta función</translation>
    </message>
    <message>
      <source>Show members living in this IUCN statutory region</source>
      <translation>Mostrar los miembros que viven en esta región estatutaria de la UICN</translation>
    </message>
    <message>
      <source>Show members with this status</source>
      <translation>Mostrar los miembros con este estado</translation>
    </message>
    <message>
      <source>Show only members who need something from you: onboarding not finished, or targets whose focal point has left</source>
      <translation>Mostrar solo los miembros que necesitan algo de usted: incorporación sin terminar o metas cuyo punto focal se ha ido</translation>
    </message>
    <message>
      <source>{shown} of {total} members shown</source>
      <translation>Se muestran {shown} de {total} miembros</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <source>The language of the window and of every message it shows; remembered for the next start</source>
      <translation>El idioma de la ventana y de cada mensaje que muestra; se recuerda para el próximo inicio</translation>
    </message>
    <message>
      <source>The window changes language at once. A dialog that is open keeps its language until it is opened again.</source>
      <translation>La ventana cambia de idioma al instante. Un cuadro de diálogo abierto conserva su idioma hasta que se vuelva a abrir.</translation>
    </message>
  </context>
  <context>
    <name>SettingsOps</name>
    <message>
      <source>Reset e-mail template</source>
      <translation>Restablecer la plantilla de correo</translation>
    </message>
    <message>
      <source>Save e-mail template</source>
      <translation>Guardar la plantilla de correo</translation>
    </message>
    <message>
      <source>Save export profile</source>
      <translation>Guardar el perfil de exportación</translation>
    </message>
    <message>
      <source>Save import mapping</source>
      <translation>Guardar la correspondencia de importación</translation>
    </message>
  </context>
  <context>
    <name>SharedServer</name>
    <message>
      <source>Address of the shared database (from whoever runs the server):</source>
      <translation>Dirección de la base de datos compartida (de quien gestiona el servidor):</translation>
    </message>
    <message>
      <source>Connected to the server again.</source>
      <translation>Conectado de nuevo al servidor.</translation>
    </message>
    <message>
      <source>Open &amp;shared database…</source>
      <translation>Abrir una base de datos &amp;compartida…</translation>
    </message>
    <message>
      <source>Open a database on a PostgreSQL server that several officers share</source>
      <translation>Abrir una base de datos en un servidor PostgreSQL que comparten varios responsables</translation>
    </message>
    <message>
      <source>Open a shared database</source>
      <translation>Abrir una base de datos compartida</translation>
    </message>
    <message>
      <source>Password for the shared database</source>
      <translation>Contraseña de la base de datos compartida</translation>
    </message>
    <message>
      <source>SSC Desktop</source>
      <translation>SSC Desktop</translation>
    </message>
    <message>
      <source>Updated: 1 change by {names}</source>
      <translation>Actualizado: 1 cambio de {names}</translation>
    </message>
    <message>
      <source>Updated: {count} changes by {names}</source>
      <translation>Actualizado: {count} cambios de {names}</translation>
    </message>
  </context>
  <context>
    <name>TargetEditor</name>
    <message>
      <source>%s (no longer an active member)</source>
      <translation>%s (ya no es miembro activo)</translation>
    </message>
    <message>
      <source>&amp;Baseline</source>
      <translation>&amp;Valor de referencia</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Descripción</translation>
    </message>
    <message>
      <source>&amp;Focal point</source>
      <translation>&amp;Punto focal</translation>
    </message>
    <message>
      <source>&amp;Indicator</source>
      <translation>&amp;Indicador</translation>
    </message>
    <message>
      <source>&amp;KSR</source>
      <translation>&amp;RCE</translation>
    </message>
    <message>
      <source>&amp;Target</source>
      <translation>&amp;Meta</translation>
    </message>
    <message>
      <source>&amp;Unit</source>
      <translation>&amp;Unidad</translation>
    </message>
    <message>
      <source>(none yet)</source>
      <translation>(ninguno por ahora)</translation>
    </message>
    <message>
      <source>0</source>
      <translation>0</translation>
    </message>
    <message>
      <source>A &amp;number to reach</source>
      <translation>Un &amp;número que alcanzar</translation>
    </message>
    <message>
      <source>A yes/no &amp;milestone</source>
      <translation>Un &amp;hito sí/no</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>&amp;Vencimiento</translation>
    </message>
    <message>
      <source>Due by the end of the quadrennium (%s) at the latest</source>
      <translation>Vence a más tardar al final del cuatrienio (%s)</translation>
    </message>
    <message>
      <source>Edit target</source>
      <translation>Editar la meta</translation>
    </message>
    <message>
      <source>Geographic &amp;scope</source>
      <translation>&amp;Ámbito geográfico</translation>
    </message>
    <message>
      <source>Global</source>
      <translation>Mundial</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>New target</source>
      <translation>Nueva meta</translation>
    </message>
    <message>
      <source>T&amp;arget value</source>
      <translation>Valor &amp;objetivo</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <source>The baseline</source>
      <translation>El valor de referencia</translation>
    </message>
    <message>
      <source>The target value</source>
      <translation>El valor objetivo</translation>
    </message>
    <message>
      <source>Where the target applies: Global, a statutory region, or type a country or area. The annual report counts targets by scope.</source>
      <translation>Dónde se aplica la meta: Mundial, una región estatutaria, o escriba un país o una zona. El informe anual cuenta las metas por ámbito.</translation>
    </message>
    <message>
      <source>short and measurable, e.g. "Assess all 13 otter species for the Red List by 2025"</source>
      <translation>breve y medible, p. ej., «Evaluar las 13 especies de nutria para la Lista Roja antes de 2025»</translation>
    </message>
    <message>
      <source>species</source>
      <translation>especies</translation>
    </message>
    <message>
      <source>what is counted, e.g. "Species assessed"</source>
      <translation>qué se cuenta, p. ej., «Especies evaluadas»</translation>
    </message>
    <message>
      <source>⚠ %s is no longer an active member of the group: choose a new focal point.</source>
      <translation>⚠ %s ya no es miembro activo del grupo: elija un nuevo punto focal.</translation>
    </message>
  </context>
  <context>
    <name>TargetOps</name>
    <message>
      <source>Carry targets forward</source>
      <translation>Trasladar las metas</translation>
    </message>
    <message>
      <source>Delete target</source>
      <translation>Eliminar la meta</translation>
    </message>
    <message>
      <source>Edit target</source>
      <translation>Editar la meta</translation>
    </message>
    <message>
      <source>Exporting targets…</source>
      <translation>Exportando las metas…</translation>
    </message>
    <message>
      <source>Importing targets</source>
      <translation>Importando las metas</translation>
    </message>
    <message>
      <source>Load a KSR set</source>
      <translation>Cargar un conjunto de RCE</translation>
    </message>
    <message>
      <source>New target</source>
      <translation>Nueva meta</translation>
    </message>
    <message>
      <source>Reading the workbook…</source>
      <translation>Leyendo el libro…</translation>
    </message>
    <message>
      <source>Record progress</source>
      <translation>Registrar el avance</translation>
    </message>
    <message>
      <source>Use the previous KSRs</source>
      <translation>Usar los RCE anteriores</translation>
    </message>
  </context>
  <context>
    <name>TargetTreeModel</name>
    <message>
      <source> (due)</source>
      <translation> (vence)</translation>
    </message>
    <message>
      <source> (overdue)</source>
      <translation> (vencido)</translation>
    </message>
    <message>
      <source>%s (no target yet)</source>
      <translation>%s (aún sin metas)</translation>
    </message>
    <message>
      <source>%s is no longer an active member of the group; choose a new focal point in the target editor.</source>
      <translation>%s ya no es miembro activo del grupo; elija un nuevo punto focal en el editor de metas.</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Hito</translation>
    </message>
    <message>
      <source>No progress recorded for this quarter yet.</source>
      <translation>Aún no hay avances registrados para este trimestre.</translation>
    </message>
    <message>
      <source>never</source>
      <translation>nunca</translation>
    </message>
    <message>
      <source>⚠ %s left: needs a new focal point</source>
      <translation>⚠ %s se fue: hace falta un nuevo punto focal</translation>
    </message>
    <message>
      <source>⚠ No focal point</source>
      <translation>⚠ Sin punto focal</translation>
    </message>
  </context>
  <context>
    <name>TargetUpdate</name>
    <message>
      <source>&amp;Done</source>
      <translation>&amp;Hecho</translation>
    </message>
    <message>
      <source>&amp;Evidence</source>
      <translation>&amp;Pruebas</translation>
    </message>
    <message>
      <source>&amp;Narrative</source>
      <translation>&amp;Relato</translation>
    </message>
    <message>
      <source>&amp;Quarter</source>
      <translation>&amp;Trimestre</translation>
    </message>
    <message>
      <source>&amp;Value reached</source>
      <translation>&amp;Valor alcanzado</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>Hito</translation>
    </message>
    <message>
      <source>Record progress</source>
      <translation>Registrar el avance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>optional links, separated by spaces</source>
      <translation>enlaces opcionales, separados por espacios</translation>
    </message>
    <message>
      <source>what happened this quarter (goes into the quarterly and annual reports)</source>
      <translation>qué ocurrió este trimestre (va a los informes trimestral y anual)</translation>
    </message>
    <message>
      <source>— Dro&amp;pped</source>
      <translation>— Aban&amp;donada</translation>
    </message>
    <message>
      <source>▲ At &amp;risk</source>
      <translation>▲ En &amp;riesgo</translation>
    </message>
    <message>
      <source>● &amp;On track</source>
      <translation>● &amp;Bien encaminada</translation>
    </message>
    <message>
      <source>★ A&amp;chieved</source>
      <translation>★ &amp;Lograda</translation>
    </message>
    <message>
      <source>✖ O&amp;ff track</source>
      <translation>✖ &amp;Desviada</translation>
    </message>
  </context>
  <context>
    <name>TargetUpdateDialog</name>
    <message>
      <source>  (recorded)</source>
      <translation>  (registrado)</translation>
    </message>
    <message>
      <source>From %s to %s%s</source>
      <translation>De %s a %s%s</translation>
    </message>
    <message>
      <source>Record progress: %s</source>
      <translation>Registrar el avance: %s</translation>
    </message>
    <message>
      <source>The quadrennium has not started yet; there is no quarter to report on.</source>
      <translation>El cuatrienio aún no ha comenzado; no hay trimestre sobre el que informar.</translation>
    </message>
    <message>
      <source>The value reached</source>
      <translation>El valor alcanzado</translation>
    </message>
    <message>
      <source>Yes/no milestone</source>
      <translation>Hito sí/no</translation>
    </message>
    <message>
      <source>last update %s</source>
      <translation>última actualización %s</translation>
    </message>
    <message>
      <source>no update yet</source>
      <translation>aún sin actualizaciones</translation>
    </message>
    <message>
      <source>of %s%s (%d%%)</source>
      <translation>de %s%s (%d%%)</translation>
    </message>
  </context>
  <context>
    <name>Targets</name>
    <message>
      <source>%1 targets</source>
      <translation>%1 metas</translation>
    </message>
    <message>
      <source>1 target</source>
      <translation>1 meta</translation>
    </message>
    <message>
      <source>KSR %1: %2</source>
      <translation>RCE %1: %2</translation>
    </message>
  </context>
  <context>
    <name>TargetsExchange</name>
    <message>
      <source>%1: %2 to add, %3 to update, %4 unchanged; %5 quarterly update(s) to record.</source>
      <translation>%1: %2 para añadir, %3 para actualizar, %4 sin cambios; %5 actualización(es) trimestral(es) para registrar.</translation>
    </message>
    <message>
      <source>%n row(s) have problems; nothing will be imported until they are fixed in the workbook.</source>
      <translation>%n fila(s) tienen problemas; no se importará nada hasta que se corrijan en el libro.</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export targets</source>
      <translation>Exportar las metas</translation>
    </message>
    <message>
      <source>Ignored columns: </source>
      <translation>Columnas ignoradas: </translation>
    </message>
    <message>
      <source>Import now? It is one step: Undo (Ctrl+Z) reverses all of it.</source>
      <translation>¿Importar ahora? Es un solo paso: Deshacer (Ctrl+Z) lo revierte todo.</translation>
    </message>
    <message>
      <source>Import targets</source>
      <translation>Importar metas</translation>
    </message>
    <message>
      <source>The workbook matches the database; nothing to change.</source>
      <translation>El libro coincide con la base de datos; nada que cambiar.</translation>
    </message>
    <message>
      <source>Wrote %1 target(s) to %2</source>
      <translation>%1 meta(s) escrita(s) en %2</translation>
    </message>
  </context>
  <context>
    <name>TargetsPage</name>
    <message>
      <source>%1 not updated in %2</source>
      <translation>%1 sin actualizar en %2</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n target(s) shown</source>
      <translation>
        <numerusform>%1 de %n meta mostrada</numerusform>
        <numerusform>%1 de %n metas mostradas</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 without a current focal point</source>
      <translation>%1 sin punto focal actual</translation>
    </message>
    <message>
      <source>&amp;Add target…</source>
      <translation>&amp;Añadir meta…</translation>
    </message>
    <message>
      <source>&amp;Carry targets forward…</source>
      <translation>&amp;Trasladar las metas…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Editar…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
    <message>
      <source>&amp;Load KSR set…</source>
      <translation>&amp;Cargar un conjunto de RCE…</translation>
    </message>
    <message>
      <source>&amp;Not updated this quarter</source>
      <translation>&amp;Sin actualizar este trimestre</translation>
    </message>
    <message>
      <source>&amp;Record progress…</source>
      <translation>&amp;Registrar el avance…</translation>
    </message>
    <message>
      <source>Add a target under a Key Species Result (Ctrl+N)</source>
      <translation>Añadir una meta bajo un resultado clave para las especies (Ctrl+N)</translation>
    </message>
    <message>
      <source>Any KSR</source>
      <translation>Cualquier RCE</translation>
    </message>
    <message>
      <source>Any focal point</source>
      <translation>Cualquier punto focal</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <source>Carry the previous plan's KSRs into this quadrennium as a provisional set, until the new plan is loaded</source>
      <translation>Trasladar los RCE del plan anterior a este cuatrienio como conjunto provisional, hasta que se cargue el nuevo plan</translation>
    </message>
    <message>
      <source>Copy chosen targets of the previous quadrennium into this one; their history stays in the old term</source>
      <translation>Copiar las metas elegidas del cuatrienio anterior en este; su historial queda en el mandato anterior</translation>
    </message>
    <message>
      <source>Delete target</source>
      <translation>Eliminar la meta</translation>
    </message>
    <message>
      <source>Delete the selected target and its updates (Undo with Ctrl+Z)</source>
      <translation>Eliminar la meta seleccionada y sus actualizaciones (deshacer con Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
      <source>Delete the target '%s' and its %n progress update(s)? Undo (Ctrl+Z) brings it back.</source>
      <translation>
        <numerusform>¿Eliminar la meta «%s» y su %n actualización de avance? Deshacer (Ctrl+Z) la recupera.</numerusform>
        <numerusform>¿Eliminar la meta «%s» y sus %n actualizaciones de avance? Deshacer (Ctrl+Z) la recupera.</numerusform>
      </translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xportar…</translation>
    </message>
    <message>
      <source>Edit the selected target</source>
      <translation>Editar la meta seleccionada</translation>
    </message>
    <message>
      <source>Export the targets to an Excel workbook</source>
      <translation>Exportar las metas a un libro de Excel</translation>
    </message>
    <message>
      <source>Import targets from an Excel workbook</source>
      <translation>Importar metas desde un libro de Excel</translation>
    </message>
    <message>
      <source>KSR set (*.csv);;All files (*)</source>
      <translation>Conjunto de RCE (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Load a KSR set</source>
      <translation>Cargar un conjunto de RCE</translation>
    </message>
    <message>
      <source>Load this quadrennium's Key Species Results from a CSV file (the format of 'ssc-desktop import ksrs')</source>
      <translation>Cargar los resultados clave para las especies de este cuatrienio desde un archivo CSV (el formato de «ssc-desktop import ksrs»)</translation>
    </message>
    <message>
      <source>No Key Species Results are loaded for %1 yet, so no targets can be set. Load the new plan's KSR set from a file with Load KSR set…</source>
      <translation>Aún no hay resultados clave para las especies cargados para %1, así que no se pueden fijar metas. Cargue el conjunto de RCE del nuevo plan desde un archivo con Cargar un conjunto de RCE…</translation>
    </message>
    <message>
      <source>No group yet. Create your group with File ▸ New group…, or open the demo group from the File menu.</source>
      <translation>Aún no hay ningún grupo. Cree su grupo con Archivo ▸ Nuevo grupo…, o abra el grupo de demostración desde el menú Archivo.</translation>
    </message>
    <message numerus="yes">
      <source>No target matches the search and filters. Empty the search box, set the filters back to Any and untick Not updated this quarter to see all %n target(s).</source>
      <translation>
        <numerusform>Ninguna meta coincide con la búsqueda y los filtros. Vacíe el cuadro de búsqueda, vuelva a poner los filtros en Cualquier y desmarque Sin actualizar este trimestre para ver la meta (%n).</numerusform>
        <numerusform>Ninguna meta coincide con la búsqueda y los filtros. Vacíe el cuadro de búsqueda, vuelva a poner los filtros en Cualquier y desmarque Sin actualizar este trimestre para ver las %n metas.</numerusform>
      </translation>
    </message>
    <message>
      <source>No targets yet: add the group's first target with Add target.</source>
      <translation>Aún no hay metas: añada la primera meta del grupo con Añadir meta.</translation>
    </message>
    <message>
      <source>Open targets with no progress recorded for the current quarter</source>
      <translation>Metas abiertas sin avance registrado en el trimestre actual</translation>
    </message>
    <message>
      <source>Provisional KSR set: the previous plan's KSRs, carried forward until the new plan is loaded (Load KSR set…).</source>
      <translation>Conjunto de RCE provisional: los RCE del plan anterior, trasladados hasta que se cargue el nuevo plan (Cargar un conjunto de RCE…).</translation>
    </message>
    <message>
      <source>Record this quarter's progress of the selected target (Enter or double-click)</source>
      <translation>Registrar el avance de este trimestre de la meta seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
      <source>Search targets, indicators, focal points (Ctrl+F)</source>
      <translation>Buscar metas, indicadores, puntos focales (Ctrl+F)</translation>
    </message>
    <message>
      <source>Show targets of this focal point, or those that need one</source>
      <translation>Mostrar las metas de este punto focal, o las que necesitan uno</translation>
    </message>
    <message>
      <source>Show targets under this Key Species Result</source>
      <translation>Mostrar las metas bajo este resultado clave para las especies</translation>
    </message>
    <message>
      <source>Show targets with this status</source>
      <translation>Mostrar las metas con este estado</translation>
    </message>
    <message>
      <source>Targets belong to one quadrennium: choose one above (not All quadrennia) to see and set its targets.</source>
      <translation>Las metas pertenecen a un cuatrienio: elija uno arriba (no Todos los cuatrienios) para ver y fijar sus metas.</translation>
    </message>
    <message>
      <source>Until it is published, Use the previous KSRs carries the %1 set forward as a provisional one.</source>
      <translation>Hasta que se publique, Usar los RCE anteriores traslada el conjunto %1 como provisional.</translation>
    </message>
    <message>
      <source>Use the &amp;previous KSRs</source>
      <translation>Usar los RCE &amp;anteriores</translation>
    </message>
    <message>
      <source>⚠ Needs a focal point</source>
      <translation>⚠ Necesita un punto focal</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>&amp;Close</source>
      <translation>&amp;Cerrar</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <source>&amp;Reset to the shipped text</source>
      <translation>&amp;Restablecer el texto original</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Asunto</translation>
    </message>
    <message>
      <source>&amp;Text</source>
      <translation>&amp;Texto</translation>
    </message>
    <message>
      <source>(as shipped)</source>
      <translation>(original)</translation>
    </message>
    <message>
      <source>(edited)</source>
      <translation>(editado)</translation>
    </message>
    <message>
      <source>E-mail templates</source>
      <translation>Plantillas de correo</translation>
    </message>
    <message>
      <source>Placeholders: </source>
      <translation>Marcadores: </translation>
    </message>
    <message>
      <source>Sa&amp;ve</source>
      <translation>Guar&amp;dar</translation>
    </message>
  </context>
  <context>
    <name>Unsaved</name>
    <message>
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <source>You have changes that are not saved. Close and lose them?</source>
      <translation>Tiene cambios sin guardar. ¿Cerrar y perderlos?</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>65 or over</source>
      <translation>65 años o más</translation>
    </message>
    <message>
      <source>Accepted (awaiting validation)</source>
      <translation>Aceptado (pendiente de validación)</translation>
    </message>
    <message>
      <source>Accepted on</source>
      <translation>Aceptado el</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Lograda</translation>
    </message>
    <message>
      <source>Active (validated)</source>
      <translation>Activo (validado)</translation>
    </message>
    <message>
      <source>Africa</source>
      <translation>África</translation>
    </message>
    <message>
      <source>Alternate email</source>
      <translation>Correo alternativo</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <source>Answer by</source>
      <translation>Responder antes del</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>En riesgo</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Presidente</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cerrada</translation>
    </message>
    <message>
      <source>Co-Chair</source>
      <translation>Copresidente</translation>
    </message>
    <message>
      <source>Code of Conduct accepted on</source>
      <translation>Código de Conducta aceptado el</translation>
    </message>
    <message>
      <source>Commission System</source>
      <translation>Commission System</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Empresa</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Country code</source>
      <translation>Código del país</translation>
    </message>
    <message>
      <source>Current / target</source>
      <translation>Actual / objetivo</translation>
    </message>
    <message>
      <source>Deceased</source>
      <translation>Fallecido</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Rechazado</translation>
    </message>
    <message>
      <source>Deputy Chair</source>
      <translation>Vicepresidente</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Abandonada</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>East Europe, North and Central Asia</source>
      <translation>Europa del Este, Asia del Norte y Asia Central</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>Evidence gathered</source>
      <translation>Pruebas reunidas</translation>
    </message>
    <message>
      <source>Expertise</source>
      <translation>Especialidad</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Apellidos</translation>
    </message>
    <message>
      <source>Focal point</source>
      <translation>Punto focal</translation>
    </message>
    <message>
      <source>Focal point for</source>
      <translation>Punto focal de</translation>
    </message>
    <message>
      <source>Focal point, Conservation Planning</source>
      <translation>Punto focal, planificación de la conservación</translation>
    </message>
    <message>
      <source>Focal point, Ex-situ Conservation</source>
      <translation>Punto focal, conservación ex situ</translation>
    </message>
    <message>
      <source>Focal point, Sustainable Use</source>
      <translation>Punto focal, uso sostenible</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Seguimiento</translation>
    </message>
    <message>
      <source>Full name (split into given and family name)</source>
      <translation>Nombre completo (dividido en nombre y apellidos)</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Government</source>
      <translation>Gobierno</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Alta</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <source>IUCN username</source>
      <translation>Usuario de la UICN</translation>
    </message>
    <message>
      <source>Intergovernmental body</source>
      <translation>Organismo intergubernamental</translation>
    </message>
    <message>
      <source>Invitation</source>
      <translation>Invitación</translation>
    </message>
    <message>
      <source>Invitations</source>
      <translation>Invitaciones</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation>Invitado</translation>
    </message>
    <message>
      <source>Invited on</source>
      <translation>Invitado el</translation>
    </message>
    <message>
      <source>KSR</source>
      <translation>RCE</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Idiomas</translation>
    </message>
    <message>
      <source>Last update</source>
      <translation>Última actualización</translation>
    </message>
    <message>
      <source>Letters</source>
      <translation>Cartas</translation>
    </message>
    <message>
      <source>Man</source>
      <translation>Hombre</translation>
    </message>
    <message>
      <source>Member</source>
      <translation>Miembro</translation>
    </message>
    <message>
      <source>Membership Secretary</source>
      <translation>Secretario de membresía</translation>
    </message>
    <message>
      <source>Meso and South America</source>
      <translation>Mesoamérica y Sudamérica</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Name as written</source>
      <translation>Nombre tal como se escribe</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>Nacionalidad</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>No response</source>
      <translation>Sin respuesta</translation>
    </message>
    <message>
      <source>No response (invitation expired)</source>
      <translation>Sin respuesta (invitación vencida)</translation>
    </message>
    <message>
      <source>No update yet</source>
      <translation>Aún sin actualizaciones</translation>
    </message>
    <message>
      <source>Non-binary</source>
      <translation>No binario</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Normal</translation>
    </message>
    <message>
      <source>North America and the Caribbean</source>
      <translation>Norteamérica y el Caribe</translation>
    </message>
    <message>
      <source>Not re-appointed</source>
      <translation>No nombrado de nuevo</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Oceania</source>
      <translation>Oceanía</translation>
    </message>
    <message>
      <source>Off track</source>
      <translation>Desviada</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Bien encaminada</translation>
    </message>
    <message>
      <source>Onboarding</source>
      <translation>Incorporación</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Partly</source>
      <translation>En parte</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <source>Prefers not to say</source>
      <translation>Prefiere no decirlo</translation>
    </message>
    <message>
      <source>Programme Officer</source>
      <translation>Oficial de programa</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Avance</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>Propuesto</translation>
    </message>
    <message>
      <source>Quadrennium</source>
      <translation>Cuatrienio</translation>
    </message>
    <message>
      <source>Re-invite</source>
      <translation>Volver a invitar</translation>
    </message>
    <message>
      <source>Record ID</source>
      <translation>ID del registro</translation>
    </message>
    <message>
      <source>Red List Authority Coordinator</source>
      <translation>Coordinador de la Autoridad de la Lista Roja</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Región</translation>
    </message>
    <message>
      <source>Regional Vice-Chair</source>
      <translation>Vicepresidente regional</translation>
    </message>
    <message>
      <source>Reminder</source>
      <translation>Recordatorio</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Recordatorios</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Dado de baja</translation>
    </message>
    <message>
      <source>Renewal invitation (new quadrennium)</source>
      <translation>Invitación de renovación (nuevo cuatrienio)</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation>Informes</translation>
    </message>
    <message>
      <source>Resigned</source>
      <translation>Renunció</translation>
    </message>
    <message>
      <source>Response received</source>
      <translation>Respuesta recibida</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Funciones</translation>
    </message>
    <message>
      <source>Roles in the new quadrennium</source>
      <translation>Funciones en el nuevo cuatrienio</translation>
    </message>
    <message>
      <source>Roster</source>
      <translation>Miembros</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Fila</translation>
    </message>
    <message>
      <source>Sent to the Network Coordinator</source>
      <translation>Enviada al coordinador de la red</translation>
    </message>
    <message>
      <source>Sent to the addressee</source>
      <translation>Enviada al destinatario</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Firmada</translation>
    </message>
    <message>
      <source>South and East Asia</source>
      <translation>Asia del Sur y del Este</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Status now</source>
      <translation>Estado actual</translation>
    </message>
    <message>
      <source>Statutory region</source>
      <translation>Región estatutaria</translation>
    </message>
    <message>
      <source>Steering Committee member</source>
      <translation>Miembro del comité directivo</translation>
    </message>
    <message>
      <source>Student / early-career member</source>
      <translation>Miembro estudiante / al inicio de su carrera</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>Metas</translation>
    </message>
    <message>
      <source>Term ended</source>
      <translation>Mandato terminado</translation>
    </message>
    <message>
      <source>Thank you on leaving</source>
      <translation>Agradecimiento al salir</translation>
    </message>
    <message>
      <source>Transferred to another group</source>
      <translation>Transferido a otro grupo</translation>
    </message>
    <message>
      <source>Under 35</source>
      <translation>Menos de 35 años</translation>
    </message>
    <message>
      <source>Under review by the Chair's Office</source>
      <translation>En revisión en la oficina del presidente</translation>
    </message>
    <message>
      <source>Urgent (a decision is imminent)</source>
      <translation>Urgente (una decisión es inminente)</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>Validado el</translation>
    </message>
    <message>
      <source>Via</source>
      <translation>Por</translation>
    </message>
    <message>
      <source>Welcome (after validation)</source>
      <translation>Bienvenida (tras la validación)</translation>
    </message>
    <message>
      <source>West Asia</source>
      <translation>Asia Occidental</translation>
    </message>
    <message>
      <source>West Europe</source>
      <translation>Europa Occidental</translation>
    </message>
    <message>
      <source>What changes</source>
      <translation>Qué cambia</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirada</translation>
    </message>
    <message>
      <source>Woman</source>
      <translation>Mujer</translation>
    </message>
    <message>
      <source>Working Group chair</source>
      <translation>Presidente de grupo de trabajo</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>given names and family name</source>
      <translation>nombre(s) y apellidos</translation>
    </message>
    <message>
      <source>the Chair's e-mail address</source>
      <translation>la dirección de correo del presidente</translation>
    </message>
    <message>
      <source>the day the draft is written</source>
      <translation>el día en que se escribe el borrador</translation>
    </message>
    <message>
      <source>the day the invitation was sent</source>
      <translation>el día en que se envió la invitación</translation>
    </message>
    <message>
      <source>the group's Chair (or Co-Chairs)</source>
      <translation>el presidente del grupo (o los copresidentes)</translation>
    </message>
    <message>
      <source>the group's name</source>
      <translation>el nombre del grupo</translation>
    </message>
    <message>
      <source>the group's short code</source>
      <translation>el código corto del grupo</translation>
    </message>
    <message>
      <source>the invitation's response deadline</source>
      <translation>la fecha límite de respuesta a la invitación</translation>
    </message>
    <message>
      <source>the member's e-mail address</source>
      <translation>la dirección de correo del miembro</translation>
    </message>
    <message>
      <source>the member's family name</source>
      <translation>los apellidos del miembro</translation>
    </message>
    <message>
      <source>the member's given names</source>
      <translation>el nombre o los nombres del miembro</translation>
    </message>
    <message>
      <source>the membership's quadrennium, e.g. 2026-2029</source>
      <translation>el cuatrienio de la membresía, p. ej., 2026-2029</translation>
    </message>
  </context>
</TS>
